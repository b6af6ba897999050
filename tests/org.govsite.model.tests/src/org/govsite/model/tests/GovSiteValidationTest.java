package org.govsite.model.tests;

import static org.govsite.model.GovSitePackage.Literals.COLUMN__PATH_SEGMENT;
import static org.govsite.model.GovSitePackage.Literals.SITE__ALIASES;
import static org.govsite.model.tests.ProblemAssert.assertNoProblem;
import static org.govsite.model.tests.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.govsite.model.Column;
import org.govsite.model.GovSitePackage;
import org.govsite.model.tests.TestPlatforms.Fixture;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.GovSiteValidator;
import org.govsite.model.validation.Problem;
import org.govsite.model.validation.Rule;
import org.junit.jupiter.api.Test;

/** The facade and the EMF integration: registry, object-only validation, progress and cancel. */
class GovSiteValidationTest {
    private final Fixture f = TestPlatforms.valid();

    @Test
    void validatorIsRegisteredForThePackage() {
        GovSiteValidation.validateObject(f.platform());
        assertSame(GovSiteValidator.INSTANCE, EValidator.Registry.INSTANCE.get(GovSitePackage.eINSTANCE));
    }

    @Test
    void plainDiagnosticianAppliesTheRules() {
        GovSiteValidator.register();
        f.cityPortal().setMainColour("red");
        Diagnostic result = Diagnostician.INSTANCE.validate(f.platform());
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        Diagnostic child = result.getChildren().get(0);
        assertEquals(GovSiteValidator.DIAGNOSTIC_SOURCE, child.getSource());
        assertEquals(Rule.COLOUR_FORMAT.code(), child.getCode());
        assertSame(f.cityPortal(), child.getData().get(0));
    }

    @Test
    void validateObjectSkipsChildrenButSeesThePlatform() {
        Column news = f.cityPortal().getColumns().get(0);
        news.setPathSegment("Bad Segment");
        f.waterSite().getAliases().add("www.bd.gov.cn");
        List<Problem> problems = GovSiteValidation.validateObject(f.cityPortal());
        assertNoProblem(problems, Rule.PATH_SYNTAX);
        assertProblem(problems, Rule.DOMAIN_UNIQUE, f.cityPortal(), GovSitePackage.Literals.SITE__MAIN_DOMAIN);
        assertTrue(problems.stream().allMatch(p -> p.target() == f.cityPortal()));
        assertProblem(GovSiteValidation.validateObject(news), Rule.PATH_SYNTAX, news, COLUMN__PATH_SEGMENT);
        assertProblem(GovSiteValidation.validateObject(f.waterSite()), Rule.DOMAIN_UNIQUE, f.waterSite(),
                SITE__ALIASES);
    }

    @Test
    void cancelStopsTheRun() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> GovSiteValidation.validate(f.platform(), monitor));
    }

    @Test
    void progressIsReportedToCompletion() {
        int[] worked = new int[2];
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                worked[0] = totalWork;
            }

            @Override
            public void worked(int work) {
                worked[1] += work;
            }
        };
        GovSiteValidation.validate(f.platform(), monitor);
        assertTrue(worked[0] > 0);
        assertEquals(worked[0], worked[1], "all announced work reported");
    }
}
