/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.upskill.core.gap.GapAnalysis;
import dev.upskill.core.gap.RoleFit;
import dev.upskill.core.plan.LearningPlanner;
import dev.upskill.core.plan.PlanResult;
import dev.upskill.core.plan.PlannedStep;
import dev.upskill.core.table.Column;
import dev.upskill.core.table.ColumnType;
import dev.upskill.core.table.GapTable;
import dev.upskill.core.table.PlanTables;
import dev.upskill.core.table.Table;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
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
 * The result tables of the core: their columns and typed values, and that CSV, JSON and XLSX
 * written from one description hold the same content (read back from each format).
 */
class TableTest {

	private static final UpskillFactory F = UpskillFactory.eINSTANCE;

	@TempDir
	Path folder;
	private Framework framework;
	private Profile profile;
	private Skill sql;
	private Skill python;
	private Skill prompts;

	@BeforeEach
	void model() {
		framework = F.createFramework();
		framework.setId("fw");
		ProficiencyScale scale = F.createProficiencyScale();
		scale.setId("scale.0-5");
		for (int v = 0; v <= 5; v++) {
			ProficiencyLevel level = F.createProficiencyLevel();
			level.setValue(v);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);
		SkillCategory data = F.createSkillCategory();
		data.setId("cat.data");
		data.setName("Data & \"analytics\", <core>");
		framework.getCategories().add(data);
		sql = skill("sql", "SQL", data);
		python = skill("python", "Python, pandas", data);
		prompts = skill("prompts", "Prompt engineering", null);
		profile = F.createProfile();
		profile.setId("p");
		profile.setWeeklyHours(5);
		SkillAssessment assessment = F.createSkillAssessment();
		assessment.setSkill(sql);
		assessment.setLevel(4);
		assessment.setDate(LocalDate.parse("2026-03-02"));
		assessment.setSource(AssessmentSource.MANAGER);
		profile.getAssessments().add(assessment);
		SkillAssessment self = F.createSkillAssessment();
		self.setSkill(python);
		self.setLevel(1);
		self.setDate(LocalDate.parse("2025-11-30"));
		self.setSource(AssessmentSource.SELF);
		profile.getAssessments().add(self);
	}

	private Skill skill(String id, String name, SkillCategory category) {
		Skill skill = F.createSkill();
		skill.setId(id);
		skill.setName(name);
		skill.setCategory(category);
		framework.getSkills().add(skill);
		return skill;
	}

	private static SkillRequirement req(Skill skill, int level, Importance importance, double weight) {
		SkillRequirement requirement = F.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(level);
		requirement.setImportance(importance);
		requirement.setWeight(weight);
		return requirement;
	}

	/** The fit of a role with a met, a closable and an open gap, and the planner's plan for it. */
	private List<GapTable.Row> gapRows() {
		Role role = F.createRole();
		role.setId("role.analyst");
		role.setName("Analyst");
		role.getRequirements().addAll(List.of(req(sql, 3, Importance.ESSENTIAL, 2), req(python, 4, Importance.ESSENTIAL, 1.5),
				req(prompts, 2, Importance.OPTIONAL, 1)));
		framework.getRoles().add(role);
		LearningResource book = F.createLearningResource();
		book.setId("res.book");
		book.setName("Python for Data Analysis");
		book.setHours(40);
		book.setCost(new BigDecimal("55"));
		SkillGain gain = F.createSkillGain();
		gain.setSkill(python);
		gain.setLevel(4);
		book.getGains().add(gain);
		framework.getResources().add(book);
		RoleFit fit = new GapAnalysis().analyze(profile, role);
		PlanResult plan = new LearningPlanner().estimate(profile, role, List.of(book), null);
		return GapTable.rows(fit.lines(), plan);
	}

	@Test
	void theGapTableHasItsColumnsInOrderWithTypes() {
		Table<GapTable.Row> table = GapTable.TABLE;
		// What people read first: the skill, its levels, the gap and what closes it; the machine columns last.
		assertEquals(List.of("skillName", "requiredLevel", "currentLevel", "gapLevels", "learnWith", "resourceHours", "importance",
				"category", "weight", "source", "assessedOn", "gap", "coverage", "skill", "resource"),
				table.columns().stream().map(Column::key).toList());
		assertEquals(List.of("skill_name", "required_level", "current_level", "gap_levels", "learn_with", "resource_hours",
				"importance", "category", "weight", "source", "assessed_on", "gap", "coverage", "skill", "resource"), table.csvNames());
		assertEquals("Assessed on", table.column(GapTable.READ_COLUMNS - 1).title(), "the columns people read end there");
		assertEquals("Skill", table.column(GapTable.SKILL_NAME).title());
		assertEquals("Learn with", table.column(GapTable.LEARN_WITH).title());
		assertEquals(ColumnType.INTEGER, table.column(GapTable.CURRENT).type());
		assertEquals(ColumnType.DATE, table.column(GapTable.ASSESSED_ON).type());
		assertEquals("assessedOn", table.column(GapTable.ASSESSED_ON).key());
		assertEquals(GapTable.HOURS, table.indexOf("resourceHours"));
	}

	@Test
	void gapRowsHoldTypedValues() {
		List<GapTable.Row> rows = gapRows();
		Table<GapTable.Row> table = GapTable.TABLE;
		GapTable.Row met = rows.get(0);
		assertEquals("SQL", table.value(met, GapTable.SKILL_NAME));
		assertEquals(3, table.value(met, GapTable.REQUIRED));
		assertEquals(4, table.value(met, GapTable.CURRENT));
		assertEquals(0, table.value(met, GapTable.GAP_LEVELS));
		assertEquals(2.0, table.value(met, GapTable.WEIGHT));
		assertEquals("manager", table.value(met, GapTable.SOURCE));
		assertEquals(LocalDate.parse("2026-03-02"), table.value(met, GapTable.ASSESSED_ON));
		assertNull(table.value(met, GapTable.LEARN_WITH), "a met requirement needs no step");
		assertEquals("fw#sql", table.value(met, table.indexOf("skill")));

		GapTable.Row closed = rows.get(1);
		assertEquals(3, table.value(closed, GapTable.GAP_LEVELS), "1 of 4");
		assertEquals("Python for Data Analysis", table.value(closed, GapTable.LEARN_WITH));
		assertEquals(40.0, table.value(closed, GapTable.HOURS));
		assertEquals("fw#res.book", table.value(closed, table.indexOf("resource")));
		// gap 3 of 5 levels = 0.6; coverage 0.2 / 0.8 = 0.25
		assertEquals(0.6, table.value(closed, table.indexOf("gap")));
		assertEquals(0.25, table.value(closed, table.indexOf("coverage")));

		GapTable.Row open = rows.get(2);
		assertNull(table.value(open, GapTable.CURRENT), "never assessed: no value");
		assertEquals("-", table.column(GapTable.CURRENT).shown(null), "which a grid shows as '-'");
		assertEquals("not assessed", table.column(GapTable.SOURCE).shown(table.value(open, GapTable.SOURCE)));
		assertEquals(GapTable.NO_CATEGORY, table.value(open, GapTable.CATEGORY));
		assertEquals("optional: not in the plan", table.value(open, GapTable.LEARN_WITH));

		GapTable.Row heading = GapTable.Row.heading("Data", 2, 1);
		assertTrue(table.isHeading(heading));
		assertEquals("Data (1 of 2 open)", table.value(heading, GapTable.SKILL_NAME));
		assertNull(table.value(heading, GapTable.CATEGORY));
		assertNull(table.value(heading, GapTable.REQUIRED));
	}

	@Test
	void moneyAndDecimalsAreNormalisedAndAWrongTypeIsRefused() {
		Column<BigDecimal> money = Column.money("cost", "Cost", v -> v);
		assertEquals(new BigDecimal("55.00"), money.valueOf(new BigDecimal("55")));
		assertEquals("1234.57", money.text(money.valueOf(new BigDecimal("1234.567"))));
		Column<Double> hours = Column.decimal("hours", "Hours", 1, v -> v);
		assertEquals(2.5, hours.valueOf(2.45));
		assertEquals("3", hours.text(3.0), "no trailing zeros");
		assertEquals("", hours.text(null));
		Column<Object> wrong = new Column<>("date", "Date", ColumnType.DATE, 0, "", v -> v);
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> wrong.valueOf("yesterday"));
		assertTrue(e.getMessage().contains("column 'date' holds date values"), e.getMessage());
	}

	@Test
	void csvJsonAndXlsxHoldTheSameContent() throws IOException {
		List<GapTable.Row> rows = new ArrayList<>(gapRows());
		rows.add(0, GapTable.Row.heading("Data & \"analytics\", <core>", 2, 1));
		Table<GapTable.Row> table = GapTable.TABLE;

		StringBuilder csvText = new StringBuilder();
		table.writeCsv(rows, csvText);
		List<CSVRecord> csv = CSVFormat.DEFAULT.parse(new StringReader(csvText.toString())).getRecords();
		JsonArray json = table.toJson(rows);
		Path xlsx = folder.resolve("gaps.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			table.writeXlsx(rows, "Gaps: analyst/2026", out);
		}
		Map<String, String> cells = Xlsx.cells(xlsx);

		assertEquals(table.csvNames(), csv.get(0).toList());
		assertEquals(rows.size() + 1, csv.size());
		assertEquals(rows.size(), json.size());
		for (int c = 0; c < table.columns().size(); c++) {
			assertEquals(table.column(c).title(), cells.get(Xlsx.ref(c, 0)), "the XLSX header is the titles");
		}
		for (int r = 0; r < rows.size(); r++) {
			JsonObject object = json.get(r).getAsJsonObject();
			for (int c = 0; c < table.columns().size(); c++) {
				Column<GapTable.Row> column = table.column(c);
				Object value = column.valueOf(rows.get(r));
				String where = column.key() + " of row " + r;
				String csvCell = csv.get(r + 1).get(c);
				JsonElement jsonCell = object.get(column.key());
				String xlsxCell = cells.get(Xlsx.ref(c, r + 1));
				if (value == null) {
					assertEquals("", csvCell, where);
					assertTrue(jsonCell.isJsonNull(), where);
					assertNull(xlsxCell, where);
					continue;
				}
				assertEquals(column.text(value), csvCell, where);
				switch (column.type()) {
					case TEXT -> {
						assertEquals(value, jsonCell.getAsString(), where);
						assertEquals(value, xlsxCell, where);
					}
					case DATE -> {
						assertEquals(value.toString(), jsonCell.getAsString(), where);
						assertEquals(value, LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(xlsxCell)), where);
					}
					case BOOLEAN -> {
						assertEquals(value, jsonCell.getAsBoolean(), where);
						assertEquals((Boolean) value ? "1" : "0", xlsxCell, where);
					}
					default -> {
						double number = ((Number) value).doubleValue();
						assertEquals(number, jsonCell.getAsDouble(), 1e-9, where);
						assertEquals(number, Double.parseDouble(csvCell), 1e-9, where);
						assertEquals(number, Double.parseDouble(xlsxCell), 1e-9, where);
					}
				}
			}
		}
		assertEquals("Gaps  analyst 2026", Xlsx.sheetName(xlsx), "characters Excel refuses are replaced");
	}

	@Test
	void aGapExportSaysWhoseGapsAndWhichRole() throws IOException {
		framework.setName("Test framework");
		profile.setPerson("Dana Okafor");
		List<GapTable.Row> rows = new ArrayList<>(gapRows());
		RoleFit fit = new GapAnalysis().analyze(profile, framework.getRoles().get(0));
		GapTable.Title title = GapTable.Title.of(profile, "dana.profile", fit);
		assertEquals(String.format(Locale.ROOT, "Gaps of Dana Okafor (dana.profile) for Analyst (Test framework), fit %.1f of 100",
				fit.roundedScore()), title.text());

		// XLSX: the title in bold on the first row, an empty row, then the header and the rows.
		Path xlsx = folder.resolve("titled.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			GapTable.TABLE.writeXlsx(rows, "Analyst", title.text(), out);
		}
		Map<String, String> cells = Xlsx.cells(xlsx);
		assertEquals(title.text(), cells.get("A1"));
		assertNull(cells.get("A2"), "an empty row under the title");
		assertEquals("Skill", cells.get("A3"), "the header under it");
		assertEquals("SQL", cells.get("A4"), "then the rows");
		assertEquals(1 + GapTable.TABLE.columns().size() + cellsOfRows(rows), cells.size());

		// JSON: a header object, then the lines without heading rows.
		rows.add(0, GapTable.Row.heading("Data", 2, 1));
		JsonObject document = GapTable.document(profile, "dana.profile", fit, null, "no resources", rows);
		assertEquals(title.text(), document.get("title").getAsString());
		assertEquals("Dana Okafor", document.get("person").getAsString());
		assertEquals("fw#role.analyst", document.get("role").getAsString());
		assertEquals("Analyst", document.get("roleName").getAsString());
		assertEquals("Test framework", document.get("framework").getAsString());
		assertEquals("no resources", document.get("planProblem").getAsString());
		assertEquals(rows.size() - 1, document.getAsJsonArray("lines").size(), "no heading row in JSON");
	}

	/** How many cells the rows fill (empty values leave no cell). */
	private static int cellsOfRows(List<GapTable.Row> rows) {
		int count = 0;
		for (GapTable.Row row : rows) {
			count += (int) GapTable.TABLE.values(row).stream().filter(v -> v != null).count();
		}
		return count;
	}

	@Test
	void planStepsListTheGapsTheyCloseAsAnArrayInJsonAndJoinedInCsv() throws IOException {
		PlannedStep step = new PlannedStep(null, "fw#res.book", 1, 8, 40, new BigDecimal("55"), List.of("fw#python", "fw#pandas"),
				false, StepStatus.PLANNED, false);
		JsonObject json = PlanTables.STEPS.toJson(List.of(step)).get(0).getAsJsonObject();
		assertEquals(List.of("resource", "startWeek", "endWeek", "hours", "cost", "closes"), List.copyOf(json.keySet()));
		assertEquals(2, json.getAsJsonArray("closes").size());
		assertEquals("fw#pandas", json.getAsJsonArray("closes").get(1).getAsString());
		assertEquals(new BigDecimal("55.00"), json.get("cost").getAsBigDecimal());
		StringBuilder csv = new StringBuilder();
		PlanTables.STEPS.writeCsv(List.of(step), csv);
		assertEquals(List.of("resource,start_week,end_week,hours,cost,closes", "fw#res.book,1,8,40,55.00,fw#python; fw#pandas"),
				csv.toString().lines().toList());
	}

	/** The hand-made writer named columns past Z '[', '\\', ...: every cell must have its own reference. */
	@Test
	void xlsxPastTwentySixColumnsHasRightReferencesAndValues() throws IOException {
		List<Column<Integer>> columns = new ArrayList<>();
		for (int c = 0; c < 30; c++) {
			int index = c;
			columns.add(c % 2 == 0 ? Column.<Integer>integer("n" + c, "N" + c, r -> r * 100 + index)
					: Column.<Integer>text("t" + c, "T" + c, r -> "r" + r + "c" + index));
		}
		Table<Integer> wide = new Table<>("Wide", columns, null);
		Path xlsx = folder.resolve("wide.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			wide.writeXlsx(List.of(1, 2), null, out);
		}
		Map<String, String> cells = Xlsx.cells(xlsx);
		assertEquals("A", Xlsx.ref(0, 0).replace("1", ""));
		assertEquals("AA1", Xlsx.ref(26, 0));
		assertEquals("AD3", Xlsx.ref(29, 2));
		assertEquals("N26", cells.get("AA1"));
		assertEquals("T29", cells.get("AD1"));
		assertEquals(226.0, Double.parseDouble(cells.get("AA3")), 0.0);
		assertEquals("r2c29", cells.get("AD3"));
		assertEquals("r1c27", cells.get("AB2"));
		assertEquals(3 * 30, cells.size(), "every cell once: " + cells.keySet());
		assertFalse(cells.keySet().stream().anyMatch(ref -> !ref.matches("[A-Z]+[0-9]+")), "only letters and digits: " + cells.keySet());
	}

	/** Reads an XLSX back with java.util.zip: cell references and their values as text. */
	static final class Xlsx {

		private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
		private static final Pattern TYPE = Pattern.compile("\\bt=\"([a-zA-Z]+)\"");
		private static final Pattern VALUE = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL);
		private static final Pattern TEXT = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL);
		private static final Pattern SHARED = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL);
		private static final Pattern SHEET = Pattern.compile("<sheet [^>]*name=\"([^\"]*)\"");

		/** The reference of a cell: column 26 of row 0 is {@code AA1}. */
		static String ref(int column, int row) {
			StringBuilder letters = new StringBuilder();
			for (int n = column + 1; n > 0; n = (n - 1) / 26) {
				letters.insert(0, (char) ('A' + (n - 1) % 26));
			}
			return letters.toString() + (row + 1);
		}

		static Map<String, String> cells(Path workbook) throws IOException {
			Map<String, String> parts = parts(workbook);
			List<String> shared = new ArrayList<>();
			String strings = parts.getOrDefault("xl/sharedStrings.xml", "");
			Matcher si = SHARED.matcher(strings);
			while (si.find()) {
				shared.add(text(si.group(1)));
			}
			String sheet = parts.get("xl/worksheets/sheet1.xml");
			assertTrue(sheet != null, "a first sheet: " + parts.keySet());
			Map<String, String> cells = new HashMap<>();
			Matcher cell = CELL.matcher(sheet);
			while (cell.find()) {
				String body = cell.group(3) == null ? "" : cell.group(3);
				Matcher type = TYPE.matcher(cell.group(2));
				String t = type.find() ? type.group(1) : "n";
				Matcher v = VALUE.matcher(body);
				String value = switch (t) {
					case "s" -> v.find() ? shared.get(Integer.parseInt(v.group(1))) : null;
					case "inlineStr" -> text(body);
					default -> v.find() ? unescape(v.group(1)) : null;
				};
				if (value != null) {
					assertNull(cells.put(cell.group(1), value), "one cell per reference: " + cell.group(1));
				}
			}
			return cells;
		}

		static String sheetName(Path workbook) throws IOException {
			Matcher m = SHEET.matcher(parts(workbook).get("xl/workbook.xml"));
			assertTrue(m.find());
			return unescape(m.group(1));
		}

		/**
		 * The parts, read through the central directory (as spreadsheet programs do: the entries
		 * fastexcel streams have their sizes in data descriptors).
		 */
		private static Map<String, String> parts(Path workbook) throws IOException {
			Map<String, String> parts = new HashMap<>();
			try (ZipFile zip = new ZipFile(workbook.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			return parts;
		}

		private static String text(String xml) {
			StringBuilder out = new StringBuilder();
			Matcher t = TEXT.matcher(xml);
			while (t.find()) {
				out.append(unescape(t.group(1)));
			}
			return out.toString();
		}

		private static String unescape(String xml) {
			return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
		}
	}
}
