package org.govsite.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Topic;

/**
 * URL path segments of columns, topics and channels: {@link Rule#PATH_SYNTAX} and {@link Rule#PATH_UNIQUE} among the
 * siblings in the same containment list (columns under one parent, a site's topics, a site's channels).
 */
final class PathRules {
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9_-]+"); //$NON-NLS-1$

    private PathRules() {
    }

    static void check(EObject object, ValidationContext context, Findings findings) {
        EStructuralFeature feature = segmentFeature(object);
        String segment = feature == null ? null : (String) object.eGet(feature);
        if (Text.isBlank(segment)) {
            return;
        }
        if (!SEGMENT.matcher(segment).matches()) {
            findings.add(Rule.PATH_SYNTAX, object, feature, Describe.type(object), Describe.object(object), segment);
        }
        EObject parent = object.eContainer();
        if (parent == null) {
            return;
        }
        List<?> siblings = (List<?>) parent.eGet(object.eContainmentFeature());
        List<EObject> sameSegment = context.segmentsOf(siblings, PathRules::groupBySegment).get(Text.key(segment));
        for (EObject sibling : sameSegment) {
            if (sibling != object) {
                findings.add(Rule.PATH_UNIQUE, object, feature, Describe.type(object), Describe.object(object),
                        segment, Describe.object(sibling));
                return;
            }
        }
    }

    private static Map<String, List<EObject>> groupBySegment(List<?> siblings) {
        Map<String, List<EObject>> groups = new HashMap<>();
        for (Object sibling : siblings) {
            EObject object = (EObject) sibling;
            EStructuralFeature feature = segmentFeature(object);
            String segment = feature == null ? null : (String) object.eGet(feature);
            if (!Text.isBlank(segment)) {
                groups.computeIfAbsent(Text.key(segment), k -> new ArrayList<>(1)).add(object);
            }
        }
        return groups;
    }

    private static EStructuralFeature segmentFeature(EObject object) {
        return switch (object) {
        case Column c -> GovSitePackage.Literals.COLUMN__PATH_SEGMENT;
        case Topic t -> GovSitePackage.Literals.TOPIC__PATH_SEGMENT;
        case Channel c -> GovSitePackage.Literals.CHANNEL__PATH_SEGMENT;
        default -> null;
        };
    }
}
