package org.govsite.model.validation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * State shared by all objects of one validation run, kept in the Diagnostician context map: the platform root, the
 * {@link Thresholds}, the {@link PlatformIndex} and the per-parent path segment maps, each built once.
 */
final class ValidationContext {
    private final EObject root;
    private final Thresholds thresholds;
    private PlatformIndex index;
    private final Map<List<?>, Map<String, List<EObject>>> siblingSegments = new IdentityHashMap<>();

    private ValidationContext(EObject root, Thresholds thresholds) {
        this.root = root;
        this.thresholds = thresholds;
    }

    /** The run's context from the Diagnostician context map, created on first use; a fresh one without a map. */
    static ValidationContext of(EObject object, Map<Object, Object> context) {
        if (context == null) {
            return create(object, null);
        }
        return (ValidationContext) context.computeIfAbsent(ValidationContext.class, k -> create(object, context));
    }

    private static ValidationContext create(EObject object, Map<Object, Object> context) {
        Object thresholds = context == null ? null : context.get(Thresholds.class);
        return new ValidationContext(EcoreUtil.getRootContainer(object),
                thresholds instanceof Thresholds t ? t : Thresholds.DEFAULTS);
    }

    EObject root() {
        return root;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    PlatformIndex index() {
        if (index == null) {
            index = new PlatformIndex(root);
        }
        return index;
    }

    /** The siblings in a containment list grouped by path segment key; built once per list. */
    Map<String, List<EObject>> segmentsOf(List<?> siblings,
            Function<List<?>, Map<String, List<EObject>>> builder) {
        return siblingSegments.computeIfAbsent(siblings, builder);
    }
}
