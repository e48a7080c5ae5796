/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.io.FormatRegistry;
import dev.upskill.io.FrameworkChanges;
import dev.upskill.io.FrameworkCounts;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.SpreadsheetMapping;
import dev.upskill.io.SpreadsheetMapping.Field;
import dev.upskill.model.Framework;
import dev.upskill.model.Skill;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.editors.FrameworkEditor;
import dev.upskill.ui.internal.io.FrameworkSaveJob;
import dev.upskill.ui.internal.io.ImportFrameworkWizard;
import dev.upskill.ui.internal.io.ImportInputPage;
import dev.upskill.ui.internal.io.ImportPreview;
import dev.upskill.ui.internal.io.ImportPreviewPage;
import dev.upskill.ui.internal.io.MappingPage;
import dev.upskill.ui.tests.NewProfileWizardTest.Driver;
import dev.upskill.ui.tests.providers.LinesImporter;

/**
 * File &gt; Import &gt; Upskill driven through its pages on small files in ESCO's layout: the
 * preview's figures, rows and problems checked against the importer called directly on the same
 * files, Finish writing the file and opening the framework editor, a partial import that needs the
 * user's word, a re-import's changes with the ids kept, and an organization's importer that
 * appears without any change to the wizard.
 */
class ImportFrameworkWizardTest {

	static final String S = "http://data.europa.eu/esco/skill/";
	static final String O = "http://data.europa.eu/esco/occupation/";

	static final String SKILLS = """
			conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description
			KnowledgeSkillCompetence,%1$sa1,skill/competence,cross-sector,use spreadsheets software,"use spreadsheets
			work with spreadsheets",,released,,,,,"Use software tools to create and edit tabular data."
			KnowledgeSkillCompetence,%1$sa2,knowledge,sector-specific,SQL,"Structured Query Language | SQL",,released,,,,,"The computer language SQL."
			KnowledgeSkillCompetence,%1$sa3,skill/competence,transversal,work in teams,,,released,,,,,Work with others.
			""".formatted(S);
	static final String HIERARCHY = """
			Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,Level 1 code,Level 2 code,Level 3 code
			%1$sg0,skills,,,,,,,,,S
			%1$sg0,skills,%1$sg1,working with computers,,,,,Using computers.,,S,S5
			%1$sg0,skills,%1$sg1,working with computers,%1$sg2,using digital tools,,,Digital tools.,,S,S5,S5.6
			""".formatted(S);
	static final String BROADER = """
			conceptType,conceptUri,conceptLabel,broaderType,broaderUri,broaderLabel
			KnowledgeSkillCompetence,%1$sa1,use spreadsheets software,SkillGroup,%1$sg2,using digital tools
			KnowledgeSkillCompetence,%1$sa2,SQL,SkillGroup,%1$sg2,using digital tools
			""".formatted(S);
	static final String OCCUPATIONS = """
			conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code
			Occupation,%1$so1,2511,data analyst,"data analysis specialist",,released,,,,,,"Data analysts import, inspect, clean data.",2511.3
			Occupation,%1$so2,3343,office clerk,,,released,,,,,,,3343.1
			""".formatted(O);
	static final String REQUIREMENTS = """
			occupationUri,relationType,skillType,skillUri
			%1$so1,essential,skill/competence,%2$sa1
			%1$so1,optional,knowledge,%2$sa2
			%1$so2,optional,skill/competence,%2$sa1
			%1$so2,essential,skill/competence,%2$sa3
			%1$so9,essential,skill/competence,%2$sa3
			""".formatted(O, S);

	@TempDir
	Path temp;

	private Path esco;
	private IWorkbenchPage page;
	private IProject project;
	private Driver open;

	@BeforeEach
	void filesAndProject() throws Exception {
		esco = Files.createDirectory(temp.resolve("esco-v1.2"));
		write("skills_en.csv", SKILLS);
		write("skillsHierarchy_en.csv", HIERARCHY);
		write("broaderRelationsSkillPillar_en.csv", BROADER);
		write("occupations_en.csv", OCCUPATIONS);
		write("occupationSkillRelations_en.csv", REQUIREMENTS);
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Import Wizard");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void closeAll() throws Exception {
		if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
			open.close();
		}
		Job.getJobManager().cancel(ImportPreviewPage.FAMILY);
		Job.getJobManager().join(ImportPreviewPage.FAMILY, null);
		Job.getJobManager().join(FrameworkSaveJob.FAMILY, null);
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(esco.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static FormatRegistry formats() {
		return PlatformUI.getWorkbench().getService(FormatRegistry.class);
	}

	/** The importer called directly, on the request the wizard's answers make. */
	private static ImportResult direct(String format, ImportRequest request) {
		return formats().getImporter(format).orElseThrow().run(request, null);
	}

	private ImportFrameworkWizard openWizard() {
		ImportFrameworkWizard wizard = new ImportFrameworkWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open = new Driver(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		open.open();
		return wizard;
	}

	/** Chooses the format, types the input, and goes to the preview; returns once the import is shown. */
	private ImportPreviewPage preview(ImportFrameworkWizard wizard, String format, String inputs, String id) throws Exception {
		assertTrue(wizard.formatPage().select(format), format + " is listed");
		open.press(IDialogConstants.NEXT_ID);
		ImportInputPage input = wizard.inputPage();
		assertSame(input, open.getCurrentPage());
		input.inputsField().setText(inputs);
		if (id != null) {
			input.idField().setText(id);
		}
		open.press(IDialogConstants.NEXT_ID);
		ImportPreviewPage preview = wizard.previewPage();
		assertSame(preview, open.getCurrentPage());
		assertTrue(preview.importing() || preview.preview() != null, "the import started when the page was shown");
		Ui.waitFor(() -> !preview.importing(), "the import", Duration.ofSeconds(30));
		return preview;
	}

	/** Presses Finish and waits for the file to be written and opened. */
	private FrameworkSaveJob finish(ImportFrameworkWizard wizard) throws Exception {
		open.press(IDialogConstants.FINISH_ID);
		FrameworkSaveJob saving = wizard.savingJob();
		assertNotNull(saving, "Finish saves in a Job");
		Ui.waitFor(() -> saving.getResult() != null && saving.openedEditor() != null, "the framework saved and opened", Duration.ofSeconds(30));
		assertTrue(saving.written());
		return saving;
	}

	private static Framework read(IFile file) {
		ModelFile loaded = ModelFile.load(UpskillResourceFactory.createResourceSet(), file.getLocation().toPath());
		assertTrue(loaded.loaded(), loaded.problems().toString());
		return (Framework) loaded.resource().getContents().get(0);
	}

	private static String counts(FrameworkCounts counts) {
		return String.format(Locale.ROOT, "Skills: %,d    Categories: %,d    Roles: %,d    Requirements: %,d    Resources: %,d", counts.skills(),
				counts.categories(), counts.roles(), counts.requirements(), counts.resources());
	}

	@Test
	void previewShowsTheImportAndFinishWritesTheFileAndOpensTheEditor() throws Exception {
		ImportFrameworkWizard wizard = openWizard();
		assertFalse(open.enabled(IDialogConstants.NEXT_ID), "no format chosen yet");
		assertTrue(wizard.formatPage().select("esco"));
		open.press(IDialogConstants.NEXT_ID);
		ImportInputPage input = wizard.inputPage();
		assertTrue(input.readsText().contains("folder or .csv files"), input.readsText());
		assertEquals(project.getName(), input.folderField().getText(), "the selected project");
		assertFalse(open.enabled(IDialogConstants.NEXT_ID), "nothing to read yet");

		// Checked as typed: a path that does not exist, then an id the model cannot hold.
		input.inputsField().setText(esco.resolve("nowhere").toString());
		assertEquals(esco.resolve("nowhere") + " does not exist.", input.getErrorMessage());
		input.inputsField().setText(esco.toString());
		assertNull(input.getErrorMessage());
		assertEquals("1.2", input.versionField().getText(), "the version the folder's name gives");
		assertEquals("esco-v1.2.framework", input.fileNameField().getText(), "the file name the input gives");
		input.idField().setText("esco small");
		assertTrue(input.getErrorMessage().startsWith("Id: 'esco small' may use only letters"), input.getErrorMessage());
		assertFalse(open.enabled(IDialogConstants.NEXT_ID));
		input.idField().setText("esco-small");
		assertEquals("esco-small.framework", input.fileNameField().getText(), "the file name follows the id");
		input.fileNameField().setText("small.xml");
		assertTrue(input.getErrorMessage().contains("must end with .framework"), input.getErrorMessage());
		input.fileNameField().setText("esco-small.framework");
		assertNull(input.getErrorMessage());

		open.press(IDialogConstants.NEXT_ID);
		ImportPreviewPage preview = wizard.previewPage();
		Ui.waitFor(() -> !preview.importing(), "the import", Duration.ofSeconds(30));
		assertNull(preview.getErrorMessage());

		ImportResult expected = direct("esco", new ImportRequest(List.of(esco), "esco-small", null, "1.2"));
		assertEquals(3, expected.counts().skills(), "the fixture's skills");
		assertEquals(counts(expected.counts()), preview.countsText());
		assertEquals("Skills: 3    Categories: 3    Roles: 2    Requirements: 4    Resources: 0", preview.countsText());
		assertTrue(preview.frameworkText().startsWith("Framework: esco-small, "), preview.frameworkText());
		assertTrue(preview.frameworkText().endsWith("version 1.2"), preview.frameworkText());

		TableItem[] rows = preview.tables().sampleTable().getItems();
		List<String> names = expected.framework().getSkills().stream().map(Skill::getName).collect(Collectors.toList());
		expected.framework().getRoles().forEach(r -> names.add(r.getName()));
		assertEquals(names.size(), rows.length, "every skill and role of so small a framework");
		for (int i = 0; i < rows.length; i++) {
			assertEquals(i < 3 ? "skill" : "role", rows[i].getText(0));
			assertEquals(names.get(i), rows[i].getText(2));
		}
		assertEquals("skill.a1", rows[0].getText(1));

		// Every problem, errors first; among them a requirement of an occupation the files do not hold.
		TableItem[] problems = preview.tables().problemsTable().getItems();
		assertEquals(expected.problems().size(), problems.length, expected.problems().toString());
		assertEquals(0, expected.count(Severity.ERROR));
		for (int i = 0; i < problems.length; i++) {
			assertEquals(i < expected.count(Severity.WARNING) ? "Warning" : "Note", problems[i].getText(0), "warnings, then notes");
		}
		TableItem unknown = Arrays.stream(problems).filter(p -> p.getText(1).equals("occupationSkillRelations_en.csv")).findFirst()
				.orElseThrow();
		assertEquals("Warning", unknown.getText(0));
		assertEquals("", unknown.getText(2), "summed up over the file: no one line");
		assertTrue(unknown.getText(4).contains("the first on line 6: " + O + "o9"), unknown.getText(4));
		assertEquals("Problems (" + expected.count(Severity.WARNING) + " warnings, " + expected.count(Severity.INFO) + " note"
				+ (expected.count(Severity.INFO) == 1 ? "" : "s") + "):", preview.tables().problemsTitle());
		assertFalse(preview.partialButton().isVisible(), "nothing partial to confirm");
		assertTrue(preview.changesText().startsWith("Finish writes the new file Import Wizard/esco-small.framework"), preview.changesText());

		// Back and Next with the same input: the preview is kept, nothing imported again.
		ImportPreview shown = preview.preview();
		open.press(IDialogConstants.BACK_ID);
		open.press(IDialogConstants.NEXT_ID);
		assertFalse(preview.importing(), "not imported again");
		assertSame(shown, preview.preview());

		assertTrue(open.enabled(IDialogConstants.FINISH_ID));
		FrameworkSaveJob saving = finish(wizard);
		IFile file = project.getFile("esco-small.framework");
		assertTrue(file.exists(), "written, and the workspace knows it");
		Framework written = read(file);
		assertEquals("esco-small", written.getId());
		assertEquals("1.2", written.getVersion());
		assertEquals(names.subList(0, 3), written.getSkills().stream().map(Skill::getName).toList());
		assertEquals(expected.counts(), FrameworkCounts.of(written));
		assertTrue(page.findEditor(new FileEditorInput(file)) instanceof FrameworkEditor, "open in the framework editor");
		assertSame(page.findEditor(new FileEditorInput(file)), saving.openedEditor());
	}

	@Test
	void aBadFileIsAnErrorAndAPartialImportIsSavedOnlyWhenAskedAndMarked() throws Exception {
		write("occupations_en.csv", OCCUPATIONS.replace("office clerk", "office, clerk"));
		ImportFrameworkWizard wizard = openWizard();
		ImportPreviewPage preview = preview(wizard, "esco", esco.toString(), null);
		TableItem first = preview.tables().problemsTable().getItem(0);
		assertEquals("Error", first.getText(0), "errors are listed first");
		assertEquals("occupations_en.csv", first.getText(1));
		assertEquals("3", first.getText(2));
		assertTrue(first.getText(4).contains("a comma inside a value that is not quoted"), first.getText(4));
		assertTrue(preview.getErrorMessage().startsWith("Part of the input could not be read (1 error below)"), preview.getErrorMessage());
		assertTrue(preview.partialButton().isVisible());
		assertFalse(open.enabled(IDialogConstants.FINISH_ID), "a partial import is not saved as if it were complete");

		preview.partialButton().setSelection(true);
		preview.partialButton().notifyListeners(SWT.Selection, new Event());
		assertNull(preview.getErrorMessage());
		assertTrue(open.enabled(IDialogConstants.FINISH_ID));
		finish(wizard);
		Framework written = read(project.getFile("esco-v1.2.framework"));
		assertTrue(written.getDescription().startsWith("Partial import: 1 errors; part of the input could not be read."),
				written.getDescription());
		assertEquals(1, written.getRoles().size(), "the occupation on the broken line is left out");
	}

	@Test
	void nothingImportableCannotBeFinished() throws Exception {
		Path notes = Files.writeString(temp.resolve("notes.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
		ImportFrameworkWizard wizard = openWizard();
		ImportPreviewPage preview = preview(wizard, "esco", notes.toString(), null);
		assertEquals("Nothing could be imported.", preview.statusText());
		assertTrue(preview.getErrorMessage().startsWith("Nothing could be imported from notes.csv"), preview.getErrorMessage());
		assertTrue(preview.tables().problemsTable().getItemCount() > 0, "the reason is listed");
		assertFalse(preview.partialButton().isVisible());
		assertFalse(open.enabled(IDialogConstants.FINISH_ID));
	}

	@Test
	void reImportShowsWhatChangesAndKeepsTheIds() throws Exception {
		ImportFrameworkWizard wizard = openWizard();
		preview(wizard, "esco", esco.toString(), null);
		finish(wizard);
		IFile file = project.getFile("esco-v1.2.framework");
		Framework before = read(file);

		// A new release: a skill renamed, one added, an occupation gone.
		write("skills_en.csv", SKILLS.replace(",use spreadsheets software,", ",use spreadsheet software,")
				+ "KnowledgeSkillCompetence," + S + "a4,knowledge,sector-specific,Python,,,released,,,,,A programming language.\n");
		write("occupations_en.csv", OCCUPATIONS.lines().filter(l -> !l.contains("office clerk")).collect(Collectors.joining("\n", "", "\n")));
		write("occupationSkillRelations_en.csv",
				REQUIREMENTS.lines().filter(l -> !l.contains("/o2,")).collect(Collectors.joining("\n", "", "\n")));

		wizard = openWizard();
		assertTrue(wizard.formatPage().select("esco"));
		open.press(IDialogConstants.NEXT_ID);
		wizard.inputPage().inputsField().setText(esco.toString());
		assertEquals("esco-v1.2.framework", wizard.inputPage().fileNameField().getText());
		assertTrue(wizard.inputPage().getMessage().contains("exists: the import replaces it"), wizard.inputPage().getMessage());
		open.press(IDialogConstants.NEXT_ID);
		ImportPreviewPage preview = wizard.previewPage();
		Ui.waitFor(() -> !preview.importing(), "the import", Duration.ofSeconds(30));

		FrameworkChanges expected = FrameworkChanges.between(before, direct("esco", new ImportRequest(List.of(esco), null, null, "1.2")).framework());
		assertTrue(expected.added().contains("skill.a4") && expected.changed().contains("skill.a1") && expected.removed().contains("occupation.o2"),
				expected.toString());
		assertEquals(expected, preview.preview().changes());
		String text = preview.changesText();
		assertTrue(text.startsWith("Import Wizard/esco-v1.2.framework exists: Finish replaces it"), text);
		assertTrue(text.contains("Compared with it: " + expected + "."), text);
		assertTrue(text.contains("keep their ids"), text);
		assertTrue(text.contains("Added: " + String.join(", ", expected.added())), text);
		assertTrue(text.contains("Removed: " + String.join(", ", expected.removed())), text);

		// The input changes while the wizard is open: Back and Next import again.
		ImportPreview shown = preview.preview();
		Path skills = esco.resolve("skills_en.csv");
		Files.writeString(skills, Files.readString(skills) + "KnowledgeSkillCompetence," + S + "a5,knowledge,,Rust,,,released,,,,,\n");
		Files.setLastModifiedTime(skills, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		open.press(IDialogConstants.BACK_ID);
		open.press(IDialogConstants.NEXT_ID);
		Ui.waitFor(() -> !preview.importing() && preview.preview() != null, "the import again", Duration.ofSeconds(30));
		assertNotSame(shown, preview.preview(), "imported again for the changed file");
		assertTrue(preview.preview().changes().added().contains("skill.a5"), preview.preview().changes().toString());

		finish(wizard);
		Framework after = read(file);
		Map<String, Skill> skillsById = after.getSkills().stream().collect(Collectors.toMap(Skill::getId, Function.identity()));
		assertEquals("use spreadsheet software", skillsById.get("skill.a1").getName(), "the renamed skill keeps its id");
		assertEquals("SQL", skillsById.get("skill.a2").getName());
		assertTrue(skillsById.containsKey("skill.a4") && skillsById.containsKey("skill.a5"));
		assertEquals(List.of("occupation.o1"), after.getRoles().stream().map(r -> r.getId()).toList());
		assertTrue(Files.exists(file.getLocation().toPath().resolveSibling(".esco-v1.2.framework.bak")), "the previous version kept");
		assertTrue(page.findEditor(new FileEditorInput(file)) instanceof FrameworkEditor);
	}

	@Test
	void anOrganizationsImporterAppearsAndImportsThroughTheSameWizard() throws Exception {
		Bundle bundle = TestBundle.contribution("test.org.lines", LinesImporter.class.getName(),
				"  <extension point=\"dev.upskill.io.formats\">\n    <importer id=\"lines\" name=\"Skills, one a line\" input=\".txt files\" class=\""
						+ LinesImporter.class.getName() + "\"/>\n  </extension>\n");
		try {
			Ui.waitFor(() -> formats().getImporter("lines").isPresent(), "the contributed importer registered");
			Path list = Files.writeString(temp.resolve("our-skills.txt"), "Negotiation\nBudgeting\n\nCoaching\n", StandardCharsets.UTF_8);
			ImportFrameworkWizard wizard = openWizard();
			List<String> listed = Arrays.stream(wizard.formatPage().table().getItems()).map(i -> i.getText(0)).toList();
			assertTrue(listed.contains("Skills, one a line"), listed.toString());
			assertTrue(listed.size() >= 4, "and the built-in ESCO, O*NET and CASE importers: " + listed);
			assertTrue(Arrays.stream(wizard.formatPage().table().getItems()).anyMatch(i -> i.getText(2).equals("test.org.lines")),
					"the contributing bundle is named");
			ImportPreviewPage preview = preview(wizard, "lines", list.toString(), "our-skills");
			assertTrue(wizard.inputPage().readsText().contains(".txt files"), wizard.inputPage().readsText());
			assertTrue(preview.countsText().startsWith("Skills: 3 "), preview.countsText());
			finish(wizard);
			Framework written = read(project.getFile("our-skills.framework"));
			assertEquals(List.of("Negotiation", "Budgeting", "Coaching"), written.getSkills().stream().map(Skill::getName).toList());
		} finally {
			bundle.uninstall();
		}
	}

	private static void choose(Combo combo, String item) {
		combo.select(Arrays.asList(combo.getItems()).indexOf(item));
		combo.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void aSpreadsheetsColumnsAreMappedSavedAndLoaded() throws Exception {
		List<String> headers = List.of("Competency", "Group", "Job title", "Required level", "Notes");
		Path sheet = Files.writeString(temp.resolve("skills.csv"), String.join(",", headers) + "\n"
				+ "SQL,Data,Data analyst,3,x\nPython,Programming,Data analyst,2,y\nTeamwork,Soft skills,,,z\n", StandardCharsets.UTF_8);
		ImportFrameworkWizard wizard = openWizard();
		assertTrue(wizard.formatPage().select(SpreadsheetMapping.IMPORTER_ID));
		open.press(IDialogConstants.NEXT_ID);
		wizard.inputPage().inputsField().setText(sheet.toString());
		open.press(IDialogConstants.NEXT_ID);
		MappingPage mapping = wizard.mappingPage();
		assertSame(mapping, open.getCurrentPage(), "a spreadsheet's columns are asked for");
		Ui.waitFor(() -> !mapping.reading() && mapping.combo(Field.SKILL).getItemCount() > 1, "the header row read");
		assertEquals(SpreadsheetMapping.guess(headers), mapping.mapping(), "proposed from the headers");
		assertEquals("Competency", mapping.combo(Field.SKILL).getText());
		assertEquals("Job title", mapping.combo(Field.ROLE).getText());

		choose(mapping.combo(Field.SKILL), "");
		assertEquals("Choose the column that holds the skill's name.", mapping.getErrorMessage());
		assertFalse(open.enabled(IDialogConstants.NEXT_ID));
		choose(mapping.combo(Field.SKILL), "Competency");
		assertNull(mapping.getErrorMessage());

		Path saved = temp.resolve("mapping.properties");
		mapping.save(saved);
		assertEquals(mapping.mapping(), SpreadsheetMapping.load(saved), "the saved mapping reads back the same");

		// A saved mapping without the role: loaded, the role's list is emptied and the import has no roles.
		Path noRoles = Files.writeString(temp.resolve("no-roles.properties"), "skill = competency\ncategory = Group\n", StandardCharsets.UTF_8);
		mapping.load(noRoles);
		assertEquals("Competency", mapping.combo(Field.SKILL).getText(), "headers match in any case");
		assertEquals("", mapping.combo(Field.ROLE).getText());
		open.press(IDialogConstants.NEXT_ID);
		ImportPreviewPage preview = wizard.previewPage();
		Ui.waitFor(() -> !preview.importing() && preview.preview() != null, "the import", Duration.ofSeconds(30));
		ImportResult expected = direct(SpreadsheetMapping.IMPORTER_ID,
				new ImportRequest(List.of(sheet), null, null, null, SpreadsheetMapping.load(noRoles).options()));
		assertEquals(3, expected.counts().skills());
		assertEquals(0, expected.counts().roles());
		assertEquals(counts(expected.counts()), preview.countsText());

		// Back, the saved mapping with the role, Next: imported again, with the role.
		open.press(IDialogConstants.BACK_ID);
		mapping.load(saved);
		open.press(IDialogConstants.NEXT_ID);
		Ui.waitFor(() -> !preview.importing() && preview.preview() != null, "the import again", Duration.ofSeconds(30));
		ImportResult withRoles = direct(SpreadsheetMapping.IMPORTER_ID,
				new ImportRequest(List.of(sheet), null, null, null, SpreadsheetMapping.load(saved).options()));
		assertEquals(1, withRoles.counts().roles());
		assertEquals(counts(withRoles.counts()), preview.countsText());
		finish(wizard);
		assertEquals(withRoles.counts(), FrameworkCounts.of(read(project.getFile("skills.framework"))));
	}
}
