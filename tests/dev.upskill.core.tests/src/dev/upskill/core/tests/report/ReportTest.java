/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import dev.upskill.core.gap.FitCharts;
import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.core.report.Report;
import dev.upskill.core.report.ReportPlan;
import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.PlanTables;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Evidence;
import dev.upskill.model.EvidenceKind;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;

/**
 * The HTML report and the HTML table writer: well-formed (parsed as XML), hostile text escaped,
 * only http, https and mailto links (with rel="noopener"), nothing loaded from elsewhere, and the
 * content of the same table descriptions and chart data as the views.
 */
class ReportTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;
	private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

	private Framework framework;
	private Profile profile;
	private Role role;
	private LearningResource book;
	private LearningResource course;
	private final List<Skill> skills = new ArrayList<>();

	@BeforeEach
	void model() {
		framework = F.createFramework();
		framework.setId("fw");
		framework.setName("Hostile </style><style>@import url(https://evil.example/x.css);</style> framework");
		framework.setVersion("2.1");
		framework.setLicence("CC-BY-4.0");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale");
		for (int v = 0; v <= 5; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		String[] categories = { "Data", "Modelling", "Communication & <b>talk</b>" };
		for (int c = 0; c < categories.length; c++) {
			SkillCategory category = F.createSkillCategory();
			category.setId("cat." + c);
			category.setName(categories[c]);
			framework.getCategories().add(category);
			for (int s = 0; s < 2; s++) {
				Skill skill = F.createSkill();
				skill.setId("skill." + c + "." + s);
				skill.setName(c == 0 && s == 0 ? HOSTILE : "Skill " + c + "." + s);
				skill.setCategory(category);
				framework.getSkills().add(skill);
				skills.add(skill);
			}
		}
		role = F.createRole();
		role.setId("role.r");
		role.setName("Analyst <img src=x onerror=alert(1)>");
		for (int i = 0; i < skills.size(); i++) {
			SkillRequirement requirement = F.createSkillRequirement();
			requirement.setSkill(skills.get(i));
			requirement.setLevel(3 + i % 2);
			requirement.setImportance(i == 5 ? Importance.OPTIONAL : Importance.ESSENTIAL);
			requirement.setWeight(1);
			role.getRequirements().add(requirement);
		}
		framework.getRoles().add(role);
		book = resource("res.book", "A book </td><script>x</script>", 40, "55", skills.get(0), 3);
		course = resource("res.course", "A course", 30, "120", skills.get(2), 4);
		profile = F.createProfile();
		profile.setId("p");
		profile.setPerson("Dana <O'Kafor> & co");
		profile.setWeeklyHours(8);
		assess(skills.get(1), 4, evidence("Good one", "https://example.org/a?x=1&y=2"), evidence("Mail", "mailto:dana@example.org"));
		assess(skills.get(3), 3, evidence("Evil", "javascript:alert(document.cookie)"), evidence("Data", "data:text/html,<script>x</script>"),
				evidence("Relative", "../secret.html"));
		assess(skills.get(4), 1, evidence("Plain http", " http://example.org/b "));
	}

	private LearningResource resource(String id, String name, double hours, String cost, Skill skill, int level) {
		LearningResource resource = F.createLearningResource();
		resource.setId(id);
		resource.setName(name);
		resource.setHours(hours);
		resource.setCost(new BigDecimal(cost));
		resource.setCurrency("USD");
		SkillGain gain = F.createSkillGain();
		gain.setSkill(skill);
		gain.setLevel(level);
		resource.getGains().add(gain);
		framework.getResources().add(resource);
		return resource;
	}

	private void assess(Skill skill, int level, Evidence... evidence) {
		SkillAssessment assessment = F.createSkillAssessment();
		assessment.setSkill(skill);
		assessment.setLevel(level);
		assessment.setDate(LocalDate.parse("2026-03-02"));
		assessment.setSource(AssessmentSource.EVIDENCE);
		assessment.getEvidence().addAll(List.of(evidence));
		profile.getAssessments().add(assessment);
	}

	private static Evidence evidence(String title, String url) {
		Evidence evidence = F.createEvidence();
		evidence.setTitle(title);
		evidence.setUrl(url);
		evidence.setKind(EvidenceKind.PROJECT);
		evidence.setDate(LocalDate.parse("2026-02-01"));
		return evidence;
	}

	private Report report(ReportPlan plan) {
		RoleFit fit = new GapAnalysis().analyze(profile, role);
		return Report.of(profile, "dana.profile", fit, plan, plan == null ? "no resource" : null, LocalDate.parse("2026-11-29"));
	}

	private ReportPlan plannerPlan() {
		PlanResult result = new LearningPlanner().estimate(profile, role, List.of(book, course), null);
		return ReportPlan.of(result, "The planner's plan");
	}

	static String html(Report report) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		report.writeHtml(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	static Document parse(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
	}

	static List<Element> elements(Document document, String name) {
		NodeList nodes = document.getElementsByTagName(name);
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	/** Every attribute of every element, as {@code element@attribute=value}. */
	static List<String> attributes(Node node) {
		List<String> found = new ArrayList<>();
		if (node instanceof Element element) {
			NamedNodeMap map = element.getAttributes();
			for (int i = 0; i < map.getLength(); i++) {
				found.add(element.getTagName() + "@" + map.item(i).getNodeName() + "=" + map.item(i).getNodeValue());
			}
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			found.addAll(attributes(child));
		}
		return found;
	}

	@Test
	void theReportIsWellFormedAndHasEverySection() throws Exception {
		String html = html(report(plannerPlan()));
		assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
		Document document = parse(html);
		assertEquals("html", document.getDocumentElement().getTagName());
		List<String> ids = elements(document, "section").stream().map(e -> e.getAttribute("id")).toList();
		assertEquals(List.of("fit", "gaps", "plan", "evidence", "sources"), ids);
		assertEquals("Dana <O'Kafor> & co", elements(document, "h1").get(0).getTextContent(), "the person, as written");
		assertTrue(elements(document, "header").get(0).getTextContent().contains("Analyst <img src=x onerror=alert(1)>"), "the role, as text");
		assertTrue(elements(document, "header").get(0).getTextContent().contains("29 November 2026"), "the date");
		// HTML parsers read <td/> as an open tag: every element that is not void or SVG has an end tag.
		Matcher selfClosed = Pattern.compile("<(\\w+)[^<>]*/>").matcher(html);
		List<String> allowed = List.of("meta", "rect", "line", "polygon");
		while (selfClosed.find()) {
			assertTrue(allowed.contains(selfClosed.group(1)), "self-closed <" + selfClosed.group(1) + "/>");
		}
	}

	@Test
	void hostileTextIsEscapedAndNothingRunsOrLoads() throws Exception {
		String html = html(report(plannerPlan()));
		Document document = parse(html);
		assertTrue(elements(document, "script").isEmpty(), "no script element, whatever the names hold");
		assertTrue(elements(document, "img").isEmpty(), "no image element from a role's name");
		assertEquals(1, elements(document, "style").size(), "one style element, the report's own");
		String css = elements(document, "style").get(0).getTextContent();
		assertFalse(css.contains("@import") || css.contains("url("), "the style sheet loads nothing");
		assertFalse(css.contains("<") || css.contains(">") || css.contains("&"), "the style sheet needs no escaping");
		assertFalse(html.contains("<script"), "no script tag in the text either");
		// The hostile skill name is in the table as text, exactly.
		assertTrue(elements(document, "td").stream().anyMatch(td -> td.getTextContent().equals(HOSTILE)));
		assertTrue(document.getDocumentElement().getTextContent().contains(framework.getName()), "the framework's name, as text");

		List<Element> links = elements(document, "a");
		assertEquals(List.of("https://example.org/a?x=1&y=2", "mailto:dana@example.org", "http://example.org/b"),
				links.stream().map(a -> a.getAttribute("href")).toList(), "only the http, https and mailto evidence is linked");
		for (Element link : links) {
			assertTrue(link.getAttribute("rel").contains("noopener"), link.getAttribute("href"));
		}
		String evidence = elements(document, "section").get(3).getTextContent();
		assertTrue(evidence.contains("javascript:alert(document.cookie)"), "an unsafe address is shown as text");
		assertTrue(evidence.contains("../secret.html"));
		// Nothing outside: no src, no href but the evidence's, no url() anywhere.
		for (String attribute : attributes(document.getDocumentElement())) {
			String lower = attribute.toLowerCase(Locale.ROOT);
			assertFalse(lower.contains("@src="), attribute);
			assertFalse(lower.contains("@style=") && lower.contains("url("), attribute);
			if (lower.contains("@href=")) {
				assertTrue(lower.startsWith("a@href="), attribute);
			}
			assertFalse(lower.startsWith("a@href=javascript") || lower.startsWith("a@href=data"), attribute);
		}
	}

	@Test
	void theReportShowsTheSameTablesAndChartsAsTheViews() throws Exception {
		ReportPlan plan = plannerPlan();
		Report report = report(plan);
		Document document = parse(html(report));
		List<Element> tables = elements(document, "table");
		assertFalse(plan.result().open().isEmpty(), "the two resources close two of the gaps");
		assertEquals(4, tables.size(), "gaps, steps, the gaps left open, frameworks");
		assertEquals(GapTable.TABLE.titles().subList(0, GapTable.READ_COLUMNS), headers(tables.get(0)), "the Gap view's columns");
		assertEquals(PlanTables.STEPS.titles(), headers(tables.get(1)));
		assertEquals(PlanTables.OPEN.titles(), headers(tables.get(2)));
		assertEquals(Report.SOURCES.titles(), headers(tables.get(3)));
		assertEquals(role.getRequirements().size(), rows(tables.get(0)).getLength());
		assertEquals(plan.steps().size(), rows(tables.get(1)).getLength());
		assertEquals(plan.result().open().size(), rows(tables.get(2)).getLength());
		// The frameworks: name, id, version and licence.
		assertEquals(List.of(framework.getName(), "fw", "2.1", "CC-BY-4.0", "-"), cells((Element) rows(tables.get(3)).item(0)));

		// The radar has one vertex per category, at the same weighted averages as the view.
		List<Element> polygons = elements(document, "polygon");
		Element current = polygons.stream().filter(p -> p.getAttribute("class").equals("current")).findFirst().orElseThrow();
		assertEquals(FitCharts.axes(report.fit().lines()).size(), current.getAttribute("points").split(" ").length);
		assertEquals(3, FitCharts.axes(report.fit().lines()).size());
		// The bars: one per largest gap, essential in red.
		long bars = shapes(document, "essential", "optional");
		assertEquals(FitCharts.largestGaps(report.fit().lines(), FitCharts.BARS).size(), bars);
		// The timeline: a bar per step.
		long steps = shapes(document, "planned", "recurring");
		assertEquals(plan.steps().size(), steps);
		// The plan's figures.
		String text = elements(document, "section").get(2).getTextContent();
		assertTrue(text.contains(String.format(Locale.ROOT, "%.2f USD", plan.cost().doubleValue())), text);
		assertTrue(text.contains(plan.finish().toString()), text);
	}

	@Test
	void aPlanFileGivesTheStepsTheirHoursCostAndTheGapsTheyClose() throws Exception {
		LearningPlan file = F.createLearningPlan();
		file.setName("Dana's plan");
		file.setStartDate(LocalDate.parse("2026-07-06"));
		file.setWeeklyHours(8);
		file.setCurrency("USD");
		file.getSteps().add(step(book, 1, 5, StepStatus.DONE));
		file.getSteps().add(step(course, 3, 6, StepStatus.PLANNED));
		file.getSteps().add(step(book, 7, 9, StepStatus.DROPPED));
		RoleFit fit = new GapAnalysis().analyze(profile, role);
		ReportPlan plan = ReportPlan.of(file, fit.lines(), "Dana's plan (dana.plan)");
		assertEquals(2, plan.steps().size(), "the dropped step is left out");
		PlannedStep done = plan.steps().get(0);
		assertEquals(List.of("fw#skill.0.0"), done.closes(), "the book teaches the first skill to its required 3");
		assertEquals(0, done.cost().signum(), "a step already done costs nothing more");
		assertEquals(List.of("fw#skill.1.0"), plan.steps().get(1).closes(), "the course teaches skill 1.0 to 4, beyond the required 3");
		assertEquals(new BigDecimal("120.00"), plan.cost().setScale(2));
		assertEquals(30, plan.hours(), 1e-9, "a step done takes no more hours");
		assertEquals(LocalDate.parse("2026-08-16"), plan.finish(), "the last day of week 6");
		List<GapTable.Row> rows = plan.rows(fit.lines());
		assertEquals(A_BOOK, rows.get(0).learnWith());
		assertNotNull(rows.get(0).step());
		assertNull(rows.get(1).step(), "a met requirement needs no step");
		assertEquals("optional: not in the plan", rows.get(5).learnWith());

		Document document = parse(html(report(plan)));
		long bars = shapes(document, "planned", "done");
		assertEquals(2, bars, "the timeline has the plan's two steps");
		assertEquals(1, shapes(document, "dropped"), "and the dropped one, greyed");
	}

	private static final String A_BOOK = "A book </td><script>x</script>";

	private static PlanStep step(LearningResource resource, int start, int end, StepStatus status) {
		PlanStep step = F.createPlanStep();
		step.setResource(resource);
		step.setStartWeek(start);
		step.setEndWeek(end);
		step.setStatus(status);
		return step;
	}

	@Test
	void withoutAPlanTheReportSaysWhy() throws Exception {
		Document document = parse(html(report(null)));
		assertTrue(elements(document, "section").get(2).getTextContent().contains("No plan: no resource"));
		assertEquals(2, elements(document, "table").size(), "gaps and frameworks");
	}

	@Test
	void onlyHttpHttpsAndMailtoAreLinks() {
		assertTrue(Report.isSafeLink("https://example.org/x"));
		assertTrue(Report.isSafeLink("HTTP://example.org"));
		assertTrue(Report.isSafeLink("mailto:someone@example.org"));
		assertFalse(Report.isSafeLink("javascript:alert(1)"));
		assertFalse(Report.isSafeLink("JavaScript:alert(1)"));
		assertFalse(Report.isSafeLink("data:text/html,hi"));
		assertFalse(Report.isSafeLink("file:///etc/passwd"));
		assertFalse(Report.isSafeLink("//example.org/x"));
		assertFalse(Report.isSafeLink("https:/no-host"));
		assertFalse(Report.isSafeLink("not a url"));
		assertFalse(Report.isSafeLink(null));
	}

	@Test
	void theHtmlTableWriterEscapesAndKeepsEmptyCellsOpen() throws Exception {
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
		RoleFit fit = new GapAnalysis().analyze(profile, role);
		GapTable.TABLE.writeHtml(GapTable.rows(fit.lines(), null), 4, xml);
		xml.flush();
		String html = text.toString();
		assertFalse(html.contains("<td/>") || html.contains("<th/>"), html);
		assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quoted\""), html);
		Document document = parse(html);
		assertEquals(List.of("Skill", "Required", "Current", "Gap"), headers(document.getDocumentElement()));
		Element first = (Element) rows(document.getDocumentElement()).item(0);
		assertEquals(List.of(HOSTILE, "3", "-", "3"), cells(first), "the grid's text: '-' where nothing is assessed");
		assertEquals("c-requiredLevel num", ((Element) first.getElementsByTagName("td").item(1)).getAttribute("class"),
				"numbers align right, every column has its key as a class");
		assertEquals("c-skillName", ((Element) first.getElementsByTagName("td").item(0)).getAttribute("class"));
	}

	/** How many rectangles of these classes the charts draw with a tooltip (the legend's have none). */
	private static long shapes(Document document, String... classes) {
		return elements(document, "rect").stream()
				.filter(r -> List.of(classes).contains(r.getAttribute("class")) && r.getElementsByTagName("title").getLength() == 1).count();
	}

	private static List<String> headers(Element table) {
		NodeList th = table.getElementsByTagName("th");
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < th.getLength(); i++) {
			titles.add(th.item(i).getTextContent());
		}
		return titles;
	}

	private static NodeList rows(Element table) {
		return ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
	}

	private static List<String> cells(Element row) {
		NodeList td = row.getElementsByTagName("td");
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < td.getLength(); i++) {
			cells.add(td.item(i).getTextContent());
		}
		return cells;
	}
}
