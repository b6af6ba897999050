/** Headless queries over a platform model, such as the explorer's type-ahead filter. */
package org.govsite.model.query;
