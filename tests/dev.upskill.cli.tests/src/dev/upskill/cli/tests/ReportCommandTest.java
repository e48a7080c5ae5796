/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dev.upskill.cli.internal.CommandLine;
import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.PlanTables;

/** {@code upskill report} on the sample profiles and plan, and its refusals. */
class ReportCommandTest {

	private static final String SAMPLES = "bundles/dev.upskill.app/samples/getting-started/";

	@TempDir
	Path folder;

	private final CliRun cli = new CliRun();

	static String sample(String name) {
		return PlanCommandTest.repository(SAMPLES + name).toString();
	}

	/** The http and https addresses of a profile's evidence, in the file's order. */
	private static List<String> evidenceUrls(String profile) throws IOException {
		Matcher matcher = Pattern.compile("<evidence [^>]*url=\"(https?://[^\"]+)\"").matcher(Files.readString(Path.of(profile)));
		List<String> urls = new ArrayList<>();
		while (matcher.find()) {
			urls.add(matcher.group(1));
		}
		return urls;
	}

	@Test
	void theSampleProfileGivesASelfContainedReportWithEverySection() throws Exception {
		Path html = folder.resolve("dana.html");
		assertEquals(CommandLine.OK, cli.run("report", "--profile", sample("dana.profile"), "-o", html.toString()), cli.err());
		assertTrue(cli.out().startsWith("Wrote " + html + ": Dana Okafor against Data analyst using AI"),
				cli.out());
		List<String> links = ReportFiles.assertSelfContained(html);
		List<String> evidence = evidenceUrls(sample("dana.profile"));
		assertFalse(evidence.isEmpty(), "Dana's assessments name evidence");
		assertEquals(evidence.stream().sorted().toList(), links.stream().sorted().toList(), "every evidence link, and only those");

		Document document = ReportFiles.parse(html);
		assertEquals(List.of("fit", "gaps", "plan", "evidence", "sources"),
				ReportFiles.elements(document, "section").stream().map(e -> e.getAttribute("id")).toList());
		assertEquals("Dana Okafor", ReportFiles.elements(document, "h1").get(0).getTextContent());
		String header = ReportFiles.elements(document, "header").get(0).getTextContent();
		assertTrue(header.contains("Data analyst using AI") && header.contains("ai-upskilling#role.data-analyst-ai"), header);
		Element gaps = ReportFiles.elements(document, "table").get(0);
		assertEquals(GapTable.TABLE.titles().subList(0, GapTable.READ_COLUMNS), texts(gaps, "th"));
		// The same figures as upskill gap: the fit, and the planner's plan behind "Learn with".
		assertEquals(CommandLine.OK, cli.run("gap", "--profile", sample("dana.profile"), "--format", "csv"));
		int lines = cli.out().strip().split("\n").length - 1;
		assertEquals(lines, gaps.getElementsByTagName("tbody").item(0).getChildNodes().getLength(), "a row per requirement");
		String fit = ReportFiles.elements(document, "section").get(0).getTextContent();
		assertTrue(fit.contains("77.4"), fit);
		String plan = ReportFiles.elements(document, "section").get(2).getTextContent();
		assertTrue(plan.contains("optimal") && plan.contains("219 h at 7 h a week") && plan.contains("110.00 USD"), plan);
		assertEquals(1, ReportFiles.elements(document, "svg").stream().filter(s -> s.getAttribute("aria-label").startsWith("Timeline"))
				.count(), "the plan's timeline");
		String sources = ReportFiles.elements(document, "section").get(4).getTextContent();
		assertTrue(sources.contains("AI upskilling") && sources.contains("CC-BY-4.0"), sources);
	}

	@Test
	void aPlanFileIsShownAsItIs() throws Exception {
		Path html = folder.resolve("plan.html");
		assertEquals(CommandLine.OK, cli.run("report", "--profile", sample("dana.profile"), "--plan", sample("dana-ai-analyst.plan"), "-o",
				html.toString()), cli.err());
		ReportFiles.assertSelfContained(html);
		Document document = ReportFiles.parse(html);
		String plan = ReportFiles.elements(document, "section").get(2).getTextContent();
		assertTrue(plan.contains("Dana: towards data analyst using AI (dana-ai-analyst.plan)"), plan);
		assertTrue(plan.contains("deadline 2027-06-28"), plan);
		Element steps = ReportFiles.elements(document, "table").get(1);
		assertEquals(PlanTables.STEPS.titles(), texts(steps, "th"));
		assertEquals(8, steps.getElementsByTagName("tbody").item(0).getChildNodes().getLength(), "the plan's eight steps");
		assertTrue(texts(steps, "td").contains("ai-upskilling#res.project-deployed-model"));
		// Done steps are green, the one under way orange, the meetup alongside.
		List<String> classes = ReportFiles.elements(document, "rect").stream()
				.filter(r -> r.getElementsByTagName("title").getLength() == 1).map(r -> r.getAttribute("class")).toList();
		assertEquals(2, classes.stream().filter("done"::equals).count(), classes.toString());
		assertEquals(2, classes.stream().filter("in-progress"::equals).count(), classes.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "maria.profile", "sam.profile", "tomas.profile" })
	void everySampleProfileGivesAReport(String profile) throws Exception {
		Path html = folder.resolve(profile + ".html");
		assertEquals(CommandLine.OK, cli.run("report", "--profile", sample(profile), "-o", html.toString()), cli.err());
		assertEquals(evidenceUrls(sample(profile)).size(), ReportFiles.assertSelfContained(html).size());
	}

	@Test
	void aFrameworkFileAddsItsRoleAndIsListedWithItsSource() throws Exception {
		Path html = folder.resolve("acme.html");
		String acme = PlanCommandTest.repository("examples/dev.upskill.examples.acme/frameworks/acme-ai-roles.framework").toString();
		assertEquals(CommandLine.OK, cli.run("report", "--profile", sample("dana.profile"), "--framework", acme, "--role",
				"acme.role.ai-operations-analyst", "-o", html.toString()), cli.err());
		Document document = ReportFiles.parse(html);
		assertTrue(ReportFiles.elements(document, "header").get(0).getTextContent().contains("Acme AI operations analyst"));
		assertTrue(texts(ReportFiles.elements(document, "table").getLast(), "td").contains("acme-ai-additions"),
				"the Acme framework is among the sources");
	}

	@Test
	void badInputIsRefusedNamingTheFileAndTheReason() throws IOException {
		String dana = sample("dana.profile");
		Path html = folder.resolve("r.html");
		assertEquals(CommandLine.BAD_INPUT, cli.run("report", "--profile", dana));
		assertEquals("upskill report: --output is required", cli.err().strip());

		assertEquals(CommandLine.BAD_INPUT, cli.run("report", "--profile", dana, "--role", "nope", "-o", html.toString()));
		assertTrue(cli.err().contains("unknown role 'nope'"), cli.err());
		assertFalse(Files.exists(html), "nothing written");

		Path missing = folder.resolve("missing.profile");
		assertEquals(CommandLine.BAD_INPUT, cli.run("report", "--profile", missing.toString(), "-o", html.toString()));
		assertTrue(cli.err().contains(missing.toString()), cli.err());

		assertEquals(CommandLine.BAD_INPUT, cli.run("report", "--profile", dana, "--plan", dana, "-o", html.toString()));
		assertTrue(cli.err().contains(dana + ": the file is not a learning plan"), cli.err());

		Files.writeString(html, "mine");
		assertEquals(CommandLine.BAD_INPUT, cli.run("report", "--profile", dana, "-o", html.toString()));
		assertEquals("upskill report: " + html + ": the file exists; give --force to replace it", cli.err().strip());
		assertEquals("mine", Files.readString(html));
		assertEquals(CommandLine.OK, cli.run("report", "--profile", dana, "-o", html.toString(), "--force"), cli.err());
		assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
		assertEquals("mine", Files.readString(folder.resolve(".r.html.bak")), "the replaced file is kept");

		assertEquals(CommandLine.BAD_INPUT, cli.run("report", "--profile", dana, "-o", folder.toString()));
		assertTrue(cli.err().contains(folder + ": is a folder"), cli.err());
	}

	@Test
	void theUsageListsTheCommand() {
		assertEquals(CommandLine.OK, cli.run("help"));
		assertTrue(cli.out().contains("report --profile P -o FILE.html"), cli.out());
	}

	private static List<String> texts(Element element, String tag) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < element.getElementsByTagName(tag).getLength(); i++) {
			texts.add(element.getElementsByTagName(tag).item(i).getTextContent());
		}
		return texts;
	}
}
