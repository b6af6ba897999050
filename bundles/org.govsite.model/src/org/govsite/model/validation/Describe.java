package org.govsite.model.validation;

import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.eclipse.emf.ecore.EObject;
import org.govsite.model.Identified;
import org.govsite.model.Named;
import org.govsite.model.guide.GuideDays;
import org.govsite.model.guide.ModelLabels;

/** How objects, values and dates appear inside messages. */
final class Describe {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd"); //$NON-NLS-1$
    private static final String NONE = "\u2014"; //$NON-NLS-1$

    private Describe() {
    }

    /** The object's name, else its id, else its type label. */
    static String object(EObject object) {
        if (object instanceof Named named && !Text.isBlank(named.getName())) {
            return named.getName();
        }
        if (object instanceof Identified identified && !Text.isBlank(identified.getId())) {
            return identified.getId();
        }
        return type(object);
    }

    static String type(EObject object) {
        return ModelLabels.typeLabel(object.eClass());
    }

    /** The day as yyyy-MM-dd in Beijing time ({@link GuideDays}), or a dash when missing. */
    static String day(Date date) {
        return date == null ? NONE : DAY.format(GuideDays.day(date));
    }

}
