package org.govsite.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.govsite.model.validation.Problem;
import org.govsite.model.validation.Rule;

/** Assertions over validation results. */
final class ProblemAssert {
    private ProblemAssert() {
    }

    /** There is a problem of the rule, with the rule's severity, on the target and feature; returns it. */
    static Problem assertProblem(List<Problem> problems, Rule rule, EObject target, EStructuralFeature feature) {
        for (Problem problem : problems) {
            if (problem.ruleId().equals(rule.id()) && problem.target() == target) {
                assertEquals(rule.severity(), problem.severity(), problem.message());
                assertEquals(feature, problem.feature(), problem.message());
                assertTrue(!problem.message().isBlank());
                return problem;
            }
        }
        return fail("no " + rule.id() + " on " + target + " in " + describe(problems));
    }

    static void assertNoProblem(List<Problem> problems, Rule rule) {
        List<Problem> found = problems.stream().filter(p -> p.ruleId().equals(rule.id())).toList();
        assertTrue(found.isEmpty(), () -> "unexpected " + describe(found));
    }

    static long count(List<Problem> problems, Rule rule) {
        return problems.stream().filter(p -> p.ruleId().equals(rule.id())).count();
    }

    static String describe(List<Problem> problems) {
        return problems.stream().map(p -> p.ruleId() + ": " + p.message()).collect(Collectors.joining("\n", "[\n", "]"));
    }
}
