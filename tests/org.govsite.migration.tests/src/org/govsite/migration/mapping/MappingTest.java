package org.govsite.migration.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.regex.PatternSyntaxException;

import org.govsite.migration.LineProblem;
import org.govsite.migration.Messages;
import org.govsite.migration.MigrationKeys;
import org.junit.jupiter.api.Test;

class MappingTest {
    private static final URI ART = URI.create("http://old.gov.cn/art/2019/3/5/art_1_2.html");

    private static UrlPattern glob(String text) {
        return new UrlPattern(UrlPattern.Syntax.GLOB, text);
    }

    @Test
    void globsMatchTheWholeUrlOrItsPathAndQuery() {
        assertTrue(glob("/art/**").matches(ART));
        assertFalse(glob("/art/*").matches(ART), "* stops at /");
        assertTrue(glob("/art/*/*/*/art_*.html").matches(ART));
        assertTrue(glob("http://old.gov.cn/**").matches(ART));
        assertFalse(glob("http://other.gov.cn/**").matches(ART));
        assertFalse(glob("/art/2019").matches(ART), "the whole path must match");
        assertTrue(glob("/list.jsp?page=*").matches(URI.create("http://old.gov.cn/list.jsp?page=2")), "? is literal");
        assertFalse(glob("/a.html").matches(URI.create("http://old.gov.cn/aXhtml")), ". is literal");
        assertTrue(new UrlPattern(UrlPattern.Syntax.REGEX, "/art/[0-9]{4}/.*art_1_[0-9]+\\.html").matches(ART));
        assertThrows(PatternSyntaxException.class, () -> new UrlPattern(UrlPattern.Syntax.REGEX, "/art/(["));
    }

    @Test
    void theFirstMatchingRuleDecidesAndUnmatchedUrlsAreUnresolved() {
        Mapping mapping = new Mapping(List.of(
                new MappingRule(glob("/art/2019/**"), Outcome.REDIRECT, "zwgk/tzgg", "http://new.gov.cn/tzgg/{name}.html"),
                new MappingRule(glob("/art/**"), Outcome.ARCHIVE, "", "http://archive.gov.cn/{key}.html"),
                new MappingRule(glob("/pending/**"), Outcome.UNRESOLVED, "", "")));
        assertEquals(new Decision(Outcome.REDIRECT, "zwgk/tzgg", URI.create("http://new.gov.cn/tzgg/art_1_2.html"), 0),
                mapping.decide(ART));
        URI old = URI.create("http://old.gov.cn/art/2015/x.html");
        assertEquals(new Decision(Outcome.ARCHIVE, "", URI.create("http://archive.gov.cn/" + MigrationKeys.key(old)
                + ".html"), 1), mapping.decide(old));
        assertEquals(new Decision(Outcome.UNRESOLVED, "", null, 2),
                mapping.decide(URI.create("http://old.gov.cn/pending/a.html")));
        assertEquals(Decision.UNMATCHED, mapping.decide(URI.create("http://old.gov.cn/other.html")));
    }

    @Test
    void incompleteRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MappingRule(glob("/a"), Outcome.REDIRECT, "", "http://n/"));
        assertThrows(IllegalArgumentException.class, () -> new MappingRule(glob("/a"), Outcome.REDIRECT, "c", " "));
        assertThrows(IllegalArgumentException.class, () -> new MappingRule(glob("/a"), Outcome.ARCHIVE, "", ""));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new MappingRule(glob("/a"), Outcome.REDIRECT, "c", "http://new.gov.cn/通知 {name}.html"));
        assertTrue(bad.getMessage().contains("http://new.gov.cn/通知 {name}.html"), bad.getMessage());
    }

    @Test
    void csvRoundTrip() throws Exception {
        Mapping mapping = new Mapping(List.of(
                new MappingRule(glob("/art/**"), Outcome.REDIRECT, "政务公开/通知", "http://new.gov.cn/{name}.html"),
                new MappingRule(glob("/zt/yshj/**"), Outcome.REDIRECT, "news", "http://new.gov.cn/{name}.html",
                        List.of("优化营商环境", "t-2019")),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.REGEX, "/a,b\"c/.*"), Outcome.ARCHIVE, "",
                        "http://archive.gov.cn/{key}"),
                new MappingRule(glob("/x/*"), Outcome.UNRESOLVED, "", "")));
        StringWriter out = new StringWriter();
        MappingCsv.write(mapping, out);
        assertTrue(out.toString().startsWith("pattern,syntax,outcome,column,target,topics\n"), out.toString());
        assertTrue(out.toString().contains(",优化营商环境;t-2019\n"), out.toString());
        assertEquals(mapping, MappingCsv.read(new StringReader(out.toString())));
    }

    @Test
    void topicsAreTrimmedCellsSeparatedBySemicolonsAndOnlyForRedirects() throws Exception {
        Mapping read = MappingCsv.read(new StringReader("pattern,syntax,outcome,column,target,topics\n"
                + "/zt/**,glob,REDIRECT,news,http://n/{name},\" 优化营商环境 ；t1;;t1\"\n/a/**,glob,REDIRECT,news,http://n/{name},\n"));
        assertEquals(List.of(List.of("优化营商环境", "t1"), List.of()), read.rules().stream().map(MappingRule::topics).toList());
        assertEquals(List.of("优化营商环境", "t1"), read.decide(URI.create("http://old/zt/a.html")).topics(),
                "the decision lists the rule's topics");
        IllegalArgumentException archive = assertThrows(IllegalArgumentException.class,
                () -> new MappingRule(glob("/a"), Outcome.ARCHIVE, "", "http://archive/", List.of("t1")));
        assertEquals(Messages.RuleTopicsNotImported, archive.getMessage());
        MappingCsv.MappingCsvException bad = assertThrows(MappingCsv.MappingCsvException.class, () -> MappingCsv.read(
                new StringReader("pattern,syntax,outcome,target,topics\n/a,glob,UNRESOLVED,,t1\n")));
        assertEquals(List.of(new LineProblem(2, Messages.RuleTopicsNotImported)), bad.problems());
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        String csv = "target,pattern,outcome,syntax,column\n"
                + "http://n/{name},/ok/**,redirect,glob,c\n"
                + ",,REDIRECT,glob,c\n"
                + "http://n/,/a,REDIRECT,wildcard,c\n"
                + "http://n/,/a,MOVE,glob,c\n"
                + "http://n/,/a([,REDIRECT,regex,c\n"
                + ",/a,REDIRECT,glob,\n"
                + ",/b/**,unresolved,GLOB,\n";
        MappingCsv.MappingCsvException error = assertThrows(MappingCsv.MappingCsvException.class,
                () -> MappingCsv.read(new StringReader(csv)));
        assertEquals(List.of(3, 4, 5, 6, 7), error.problems().stream().map(LineProblem::line).toList());
        assertTrue(error.problems().get(1).message().contains("wildcard"), error.problems().get(1).message());
        assertTrue(error.problems().get(2).message().contains("MOVE"));
        assertTrue(error.getMessage().contains("5"), error.getMessage());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsLineOne() {
        MappingCsv.MappingCsvException error = assertThrows(MappingCsv.MappingCsvException.class,
                () -> MappingCsv.read(new StringReader("url,target\n/a,http://n/\n")));
        assertEquals(List.of(1, 1, 1), error.problems().stream().map(LineProblem::line).toList());
    }
}
