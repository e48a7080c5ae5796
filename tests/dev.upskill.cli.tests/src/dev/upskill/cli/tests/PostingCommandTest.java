/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.upskill.cli.internal.CommandLine;
import dev.upskill.core.gap.FitFormula;

/** {@code upskill posting}: the skills of a posting, against a profile and a CV, as text and JSON; bad input. */
class PostingCommandTest {

	private static final String POSTING = """
			# Machine Learning Engineer

			## About us
			We go to market twice a year and our R&D team is small.

			## Requirements
			- Strong Python and SQL.
			- Deploy models with Docker on Kubernetes (k8s).
			- Statistics: hypothesis testing.
			- Build dashboards in Looker; Looker is our main tool.

			## Nice to have
			- Terraform.
			""";

	@TempDir
	Path folder;

	private final CliRun cli = CliRun.accumulating();

	private Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static String profile() throws IOException {
		return CommandLineTest.samples().stream().filter(p -> p.toString().endsWith("dana.profile")).findFirst().orElseThrow().toString();
	}

	private static JsonObject skill(JsonObject document, String key) {
		for (JsonElement element : document.getAsJsonArray("skills")) {
			if (element.getAsJsonObject().get("skill").getAsString().equals(key)) {
				return element.getAsJsonObject();
			}
		}
		return null;
	}

	@Test
	void theSamplePostingIsReadAgainstTheSampleProfile() throws IOException {
		Path sample = Path.of(System.getProperty("upskill.repository", "../.."),
				"bundles/dev.upskill.app/samples/getting-started/ml-engineer-acme.posting");
		assertEquals(CommandLine.OK, cli.run("posting", sample.toString(), "--profile", profile(), "--format", "json"), cli.err());
		JsonObject document = JsonParser.parseString(cli.out()).getAsJsonObject();
		List<String> demands = new ArrayList<>();
		document.getAsJsonArray("skills").forEach(e -> demands.add(e.getAsJsonObject().get("demand").getAsString()));
		assertTrue(demands.contains("required") && demands.contains("nice to have"), "the sample asks for both: " + demands);
		assertTrue(document.get("score").getAsDouble() > 0 && document.get("score").getAsDouble() < 100, cli.out());
	}

	@Test
	void jsonHasEverySkillWithItsPlacesAndTheScoreOfTheFitFormula() throws IOException {
		Path posting = write("ml.md", POSTING);
		assertEquals(CommandLine.OK, cli.run("posting", posting.toString(), "--profile", profile(), "--format", "json"), cli.err());
		JsonObject document = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(posting.toString(), document.get("posting").getAsString());

		JsonObject kubernetes = skill(document, "ai-upskilling#skill.kubernetes");
		assertNotNull(kubernetes, cli.out());
		assertEquals("Kubernetes", kubernetes.get("name").getAsString());
		assertTrue(kubernetes.get("required").getAsBoolean());
		JsonArray places = kubernetes.getAsJsonArray("occurrences");
		assertEquals(2, places.size(), "Kubernetes and k8s");
		assertEquals("Kubernetes", POSTING.substring(places.get(0).getAsJsonArray().get(0).getAsInt(), places.get(0).getAsJsonArray().get(1).getAsInt()));
		assertEquals("k8s", POSTING.substring(places.get(1).getAsJsonArray().get(0).getAsInt(), places.get(1).getAsJsonArray().get(1).getAsInt()));
		assertTrue(kubernetes.get("current").isJsonNull(), "Dana has never been assessed on Kubernetes");
		assertEquals(3, kubernetes.get("gap").getAsInt(), "asked at 3, the middle of 0-5");

		JsonObject sql = skill(document, "ai-upskilling#skill.sql");
		assertEquals(4, sql.get("current").getAsInt(), "the manager's assessment decides");
		assertEquals(0, sql.get("gap").getAsInt());
		JsonObject terraform = skill(document, "ai-upskilling#skill.iac");
		assertFalse(terraform.get("required").getAsBoolean(), "in the nice-to-have section");
		assertEquals("nice to have", terraform.get("demand").getAsString());

		// The score is the fit formula over the skills: required ones essential, the others optional, asked at 3 of 0-5.
		List<JsonObject> skills = new ArrayList<>();
		document.getAsJsonArray("skills").forEach(e -> skills.add(e.getAsJsonObject()));
		int n = skills.size();
		double[] required = new double[n];
		double[] weight = new double[n];
		boolean[] essential = new boolean[n];
		int[] index = new int[n];
		double[] current = new double[n];
		for (int i = 0; i < n; i++) {
			JsonObject s = skills.get(i);
			required[i] = s.get("requiredLevel").getAsInt() / 5.0;
			weight[i] = 1;
			essential[i] = s.get("required").getAsBoolean();
			index[i] = i;
			current[i] = s.get("current").isJsonNull() ? 0 : s.get("current").getAsInt() / 5.0;
		}
		double[] result = new double[2];
		FitFormula.score(required, weight, essential, index, current, 0, n, result);
		assertEquals(Math.round(result[0] * 10) / 10.0, document.get("score").getAsDouble(), 1e-9);

		JsonArray unknown = document.getAsJsonArray("unknownPhrases");
		assertEquals("Looker", unknown.get(0).getAsJsonObject().get("phrase").getAsString(), cli.out());
		assertEquals(2, unknown.get(0).getAsJsonObject().get("count").getAsInt());
	}

	@Test
	void theAmbiguityTrapsDoNotFireAndAFrameworkFileAddsItsSkills() throws IOException {
		Path framework = write("langs.framework", """
				<?xml version="1.0" encoding="UTF-8"?>
				<upskill:Framework xmlns:upskill="https://upskill.dev/model/1.0" id="langs" name="Languages">
				  <scales id="scale.0-5" name="0-5">
				    <levels value="0" name="None"/>
				    <levels value="5" name="Expert"/>
				  </scales>
				  <skills id="skill.go" name="Go">
				    <aliases>golang</aliases>
				    <requiresContext>Go</requiresContext>
				  </skills>
				  <skills id="skill.r" name="R">
				    <requiresContext>R</requiresContext>
				  </skills>
				</upskill:Framework>
				""");
		Path posting = write("backend.txt", POSTING + "\nServices in Go and Python.\n");
		assertEquals(CommandLine.OK, cli.run("posting", posting.toString(), "--framework", framework.toString(), "--format", "json"), cli.err());
		JsonObject document = JsonParser.parseString(cli.out()).getAsJsonObject();
		JsonObject go = skill(document, "langs#skill.go");
		assertNotNull(go, cli.out());
		assertEquals(1, go.getAsJsonArray("occurrences").size(), "'go to market' is not Go");
		assertEquals(null, skill(document, "langs#skill.r"), "R&D is not R");
		assertFalse(document.has("score"), "no profile, no score");
	}

	@Test
	void textShowsTheTableTheUnknownPhrasesAndTheCvCheck() throws IOException {
		Path posting = write("ml.md", POSTING);
		Path cv = write("cv.txt", "Dana Okafor\nSenior data analyst. SQL every day, Python for reports.\n");
		assertEquals(CommandLine.OK, cli.run("posting", posting.toString(), "--profile", profile(), "--cv", cv.toString()), cli.err());
		String text = cli.out();
		assertTrue(text.startsWith("Job posting " + posting + ": "), text);
		assertTrue(text.contains("Dana Okafor ("), text);
		assertTrue(text.contains("SKILL"), text);
		assertTrue(text.lines().anyMatch(l -> l.startsWith("Kubernetes") && l.contains("required") && l.contains("ai-upskilling#skill.kubernetes")), text);
		assertTrue(text.contains("Repeated phrases no framework knows") && text.contains("Looker (2)"), text);
		String unsaid = text.lines().filter(l -> l.contains("You have the skill but the CV does not say so:")).findFirst().orElseThrow();
		assertTrue(unsaid.contains("Statistics (Statistics)"), "assessed at 3 by a test: " + unsaid);
		assertFalse(unsaid.contains("Docker"), "assessed at 0: " + unsaid);
		String gaps = text.lines().filter(l -> l.contains("Real gaps:")).findFirst().orElseThrow();
		assertTrue(gaps.contains("Kubernetes") && gaps.contains("Docker"), gaps);
		assertFalse(gaps.contains("SQL") || gaps.contains("Python ("), "the CV names them: " + gaps);
	}

	@Test
	void htmlIsReadAsItsText() throws IOException {
		Path posting = write("job.html", "<html><head><script>var x = 'Kubernetes';</script></head><body><!-- Docker -->"
				+ "<h2>Requirements</h2><ul><li>Python &amp; SQL</li></ul></body></html>");
		assertEquals(CommandLine.OK, cli.run("posting", posting.toString(), "--format", "json"), cli.err());
		JsonObject document = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertNotNull(skill(document, "ai-upskilling#skill.python"));
		assertNotNull(skill(document, "ai-upskilling#skill.sql"));
		assertEquals(null, skill(document, "ai-upskilling#skill.kubernetes"), "scripts are not text");
		assertEquals(null, skill(document, "ai-upskilling#skill.docker"), "comments are not text");
	}

	@Test
	void badInputIsRefusedWithTheFileAndTheReason() throws IOException {
		assertEquals(CommandLine.BAD_INPUT, cli.run("posting", folder.resolve("missing.txt").toString()));
		assertTrue(cli.err().contains("missing.txt: no such file"), cli.err());

		cli.resetErr();
		Path binary = folder.resolve("image.png");
		Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3 });
		assertEquals(CommandLine.BAD_INPUT, cli.run("posting", binary.toString()));
		assertTrue(cli.err().contains("image.png: is not text"), cli.err());

		cli.resetErr();
		assertEquals(CommandLine.BAD_INPUT, cli.run("posting"));
		assertTrue(cli.err().contains("name one posting file"), cli.err());

		cli.resetErr();
		Path posting = write("ml.md", POSTING);
		assertEquals(CommandLine.BAD_INPUT, cli.run("posting", posting.toString(), "--format", "csv"));
		assertTrue(cli.err().contains("--format must be text or json"), cli.err());

		cli.resetErr();
		assertEquals(CommandLine.BAD_INPUT, cli.run("posting", posting.toString(), "--cv", folder.resolve("nocv.txt").toString()));
		assertTrue(cli.err().contains("nocv.txt: no such file"), cli.err());
		assertTrue(cli.out().isEmpty(), "nothing is printed on bad input");
	}
}
