package org.govsite.store.interchange;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which features of a model class appear in the JSON, named as in the model: every stored feature, except
 * the single-valued side of a two-way reference (e.g. Site.host, which is written as Organisation.sites so
 * that the order of that list survives).
 */
final class JsonShape {

    static final String FORMAT = "govsite-platform";
    static final int VERSION = 1;

    private JsonShape() {
    }

    static List<EStructuralFeature> features(EClass type) {
        return type.getEAllStructuralFeatures().stream().filter(JsonShape::isWritten).toList();
    }

    static EStructuralFeature feature(EClass type, String name) {
        EStructuralFeature feature = type.getEStructuralFeature(name);
        return feature != null && isWritten(feature) ? feature : null;
    }

    private static boolean isWritten(EStructuralFeature feature) {
        if (feature.isTransient() || feature.isDerived()) {
            return false;
        }
        return !(feature instanceof EReference reference && !reference.isContainment()
                && reference.getEOpposite() != null && !reference.isMany());
    }
}
