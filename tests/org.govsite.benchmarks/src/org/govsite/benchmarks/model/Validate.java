package org.govsite.benchmarks.model;

import org.govsite.model.validation.GovSiteValidation;

/** Validating the whole province under every rule, as the Problems view does after edits. */
public final class Validate extends OnStandardProvince {

    @Override
    public String name() {
        return "model.validate";
    }

    @Override
    public String baseline() {
        return ModelTraverse.NAME;
    }

    @Override
    public void run() {
        if (GovSiteValidation.validate(platform, null).isEmpty()) {
            throw new IllegalStateException("the demo's planted problems were not found");
        }
    }
}
