/** Validation of platforms, sites and columns against the Government Website Development Guide (see docs/rules.md). */
package org.govsite.model.validation;
