package org.govsite.ui.wizard;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.guide.GuideRules;
import org.govsite.ui.Messages;

import static org.govsite.model.GovSitePackage.Literals.*;

/** Builds the one undoable command adding a new site (with its required columns, and a new host if asked). */
public final class NewSiteCommand {

    private NewSiteCommand() {
    }

    /** The command; {@link Site} created is its single result. */
    public static Command create(EditingDomain domain, Platform platform, NewSiteSpec spec) {
        Site site = spec.toSite();
        GuideRules.seedRequiredColumns(site);
        CompoundCommand command = new CompoundCommand(Messages.NewSite_command);
        Organisation host = spec.organisation;
        if (host == null) {
            host = spec.toNewOrganisation();
            command.append(new AddCommand(domain, platform, PLATFORM__ORGANISATIONS, host));
        }
        command.append(new AddCommand(domain, platform, PLATFORM__SITES, site));
        command.append(new SetCommand(domain, site, SITE__HOST, host));
        return command;
    }
}
