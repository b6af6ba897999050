/** The Guide's rules as data (required columns, naming) and localized labels of model elements. */
package org.govsite.model.guide;
