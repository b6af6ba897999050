package org.govsite.model.internal;

import org.govsite.model.validation.GovSiteValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers the GovSite EValidator when the bundle starts, so any EMF Diagnostician applies the GovSite rules. */
public final class ModelActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        GovSiteValidator.register();
    }

    @Override
    public void stop(BundleContext context) {
        // the registration lives as long as the EMF package registry; nothing to release
    }
}
