package org.govsite.ui.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.graphics.Image;
import org.govsite.model.Named;
import org.govsite.model.guide.ModelLabels;
import org.govsite.model.validation.Severity;
import org.govsite.ui.Messages;

/** How problems read in the Problems view (and audit findings in the audit views): severity text and icon, and the object's path of names. */
public final class ProblemLabels {

    private ProblemLabels() {
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> Messages.Problems_error;
            case WARNING -> Messages.Problems_warning;
            case INFO -> Messages.Problems_info;
        };
    }

    public static Image icon(Severity severity) {
        String id = switch (severity) {
            case ERROR -> FieldDecorationRegistry.DEC_ERROR;
            case WARNING -> FieldDecorationRegistry.DEC_WARNING;
            case INFO -> FieldDecorationRegistry.DEC_INFORMATION;
        };
        return FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
    }

    /** "platform / site / column" names from the root down to {@code target}. */
    static String path(EObject target) {
        List<String> names = new ArrayList<>();
        for (EObject o = target; o != null; o = o.eContainer()) {
            String name = o instanceof Named named ? named.getName() : null;
            names.addFirst(name == null || name.isBlank() ? ModelLabels.typeLabel(o.eClass()) : name);
        }
        return String.join(" / ", names);
    }
}
