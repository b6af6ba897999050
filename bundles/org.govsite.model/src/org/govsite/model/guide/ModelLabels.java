package org.govsite.model.guide;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Localized labels (labels.properties, labels_zh.properties) of the model's types, features and enum literals.
 * <p>
 * The keys derive from the metamodel ({@code Site}, {@code Site.mainDomain}, {@code SiteKind.PORTAL}; inherited
 * features under their declaring type, e.g. {@code Named.name}), so a resource bundle is used rather than an NLS class
 * with one field per key. A missing key falls back to the model name, never to an exception.
 */
public final class ModelLabels {

    private static final String BUNDLE_NAME = "org.govsite.model.guide.labels"; //$NON-NLS-1$

    private ModelLabels() {
    }

    /** The label of an enum literal, e.g. 政府门户网站 for {@code SiteKind.PORTAL}. */
    public static String label(Enumerator literal) {
        return lookup(enumName(literal) + '.' + literal.getName(), literal.getName());
    }

    /** The label of a model type, e.g. 网站 for {@code Site}. */
    public static String typeLabel(EClass type) {
        return lookup(type.getName(), type.getName());
    }

    /** The label of a feature, e.g. 主域名 for {@code Site.mainDomain}. */
    public static String featureLabel(EStructuralFeature feature) {
        return lookup(feature.getEContainingClass().getName() + '.' + feature.getName(), feature.getName());
    }

    private static String enumName(Enumerator literal) {
        if (literal instanceof EEnumLiteral eLiteral) {
            return eLiteral.getEEnum().getName();
        }
        return literal instanceof Enum<?> constant ? constant.getDeclaringClass().getSimpleName()
                : literal.getClass().getSimpleName();
    }

    private static String lookup(String key, String fallback) {
        try {
            return ResourceBundle.getBundle(BUNDLE_NAME, Locale.getDefault(), ModelLabels.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
