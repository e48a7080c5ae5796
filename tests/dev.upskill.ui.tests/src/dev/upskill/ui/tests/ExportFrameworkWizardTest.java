/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.io.FormatRegistry;
import dev.upskill.io.FrameworkFiles;
import dev.upskill.io.FrameworkTable;
import dev.upskill.io.FrameworkTable.Row;
import dev.upskill.io.ImportRequest;
import dev.upskill.model.Framework;
import dev.upskill.model.NamedElement;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.io.ExportFrameworkWizard;
import dev.upskill.ui.internal.io.ExportPage;
import dev.upskill.ui.internal.io.ExportSource;
import dev.upskill.ui.internal.io.FrameworkExportJob;
import dev.upskill.ui.tests.NewProfileWizardTest.Driver;

/**
 * File &gt; Export &gt; Upskill driven through its page: a workspace framework file written as CSV
 * and an installed framework as XLSX, their content read back and compared with the framework
 * table of the same framework; an existing file is replaced only when the user says yes.
 */
class ExportFrameworkWizardTest {

	@TempDir
	Path temp;

	private IProject project;
	private IFile frameworkFile;
	private Driver open;

	@BeforeEach
	void aFrameworkFile() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Export Wizard");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		Path esco = Files.createDirectory(temp.resolve("esco"));
		Files.writeString(esco.resolve("skills_en.csv"), ImportFrameworkWizardTest.SKILLS, StandardCharsets.UTF_8);
		Files.writeString(esco.resolve("skillsHierarchy_en.csv"), ImportFrameworkWizardTest.HIERARCHY, StandardCharsets.UTF_8);
		Files.writeString(esco.resolve("occupations_en.csv"), ImportFrameworkWizardTest.OCCUPATIONS, StandardCharsets.UTF_8);
		Files.writeString(esco.resolve("occupationSkillRelations_en.csv"), ImportFrameworkWizardTest.REQUIREMENTS, StandardCharsets.UTF_8);
		Framework framework = PlatformUI.getWorkbench().getService(FormatRegistry.class).getImporter("esco").orElseThrow()
				.run(ImportRequest.of(esco), null).framework();
		frameworkFile = project.getFile("small.framework");
		FrameworkFiles.save(framework, frameworkFile.getLocation().toPath());
		project.refreshLocal(IResource.DEPTH_ONE, null);
	}

	@AfterEach
	void closeAll() throws Exception {
		if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
			open.close();
		}
		Job.getJobManager().join(FrameworkExportJob.FAMILY, null);
		project.delete(true, true, null);
	}

	private ExportFrameworkWizard openWizard(Object selected) throws Exception {
		ExportFrameworkWizard wizard = new ExportFrameworkWizard();
		wizard.init(PlatformUI.getWorkbench(), selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
		open = new Driver(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		open.open();
		Ui.waitFor(() -> wizard.exportPage().listed(), "the frameworks listed", Duration.ofSeconds(30));
		return wizard;
	}

	private static void finished(ExportFrameworkWizard wizard) throws InterruptedException {
		FrameworkExportJob job = wizard.exportJob();
		assertNotNull(job, "Finish exports in a Job");
		Ui.waitFor(() -> job.getResult() != null, "the export", Duration.ofSeconds(30));
		assertNull(job.failure());
	}

	private static Framework read(IFile file) {
		ModelFile loaded = ModelFile.load(UpskillResourceFactory.createResourceSet(), file.getLocation().toPath());
		assertTrue(loaded.loaded(), loaded.problems().toString());
		return (Framework) loaded.resource().getContents().get(0);
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file); CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
			return parser.getRecords();
		}
	}

	/**
	 * Answers the question dialog that Finish opens by pressing its button with this label, as a click
	 * does; the flag says whether a question came.
	 */
	private static AtomicBoolean answer(String label) {
		AtomicBoolean asked = new AtomicBoolean();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 10_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.getData() instanceof MessageDialog && !shell.isDisposed()) {
					Button button = button(shell, label);
					if (button != null) {
						asked.set(true);
						button.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
		return asked;
	}

	private static Button button(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && button.getText().replace("&", "").equals(label)) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = button(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void theSelectedFileAsCsvAndAnExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
		ExportFrameworkWizard wizard = openWizard(frameworkFile);
		ExportPage page = wizard.exportPage();
		ExportSource source = page.source();
		assertNotNull(source, "the selected file is chosen");
		assertEquals(frameworkFile, source.file());
		List<String> listed = new ArrayList<>();
		for (int i = 0; i < page.sourcesTable().getItemCount(); i++) {
			listed.add(page.sourcesTable().getItem(i).getText(1));
		}
		assertTrue(listed.stream().anyMatch(w -> w.startsWith("installed (ai-upskilling")), "the installed frameworks too: " + listed);

		page.selectFormat("csv");
		assertTrue(page.outputField().getText().endsWith("small.csv"), page.outputField().getText());
		Path output = temp.resolve("small.csv");
		page.outputField().setText("small.csv");
		assertTrue(page.getErrorMessage().contains("is not a full path"), page.getErrorMessage());
		page.outputField().setText(temp.resolve("nowhere/small.csv").toString());
		assertTrue(page.getErrorMessage().contains("does not exist"), page.getErrorMessage());

		Files.writeString(output, "someone's own table\n");
		page.outputField().setText(output.toString());
		assertNull(page.getErrorMessage());
		assertTrue(page.getMessage().contains("exists: Finish asks"), page.getMessage());

		AtomicBoolean asked = answer("No");
		open.press(IDialogConstants.FINISH_ID);
		assertTrue(asked.get(), "Finish asked before replacing the file");
		assertEquals("someone's own table\n", Files.readString(output), "left alone");
		assertTrue(open.getShell() != null && !open.getShell().isDisposed(), "the wizard stays open");
		assertNull(wizard.exportJob());

		asked = answer("Yes");
		open.press(IDialogConstants.FINISH_ID);
		assertTrue(asked.get());
		finished(wizard);

		Framework framework = read(frameworkFile);
		List<Row> rows = FrameworkTable.rows(framework);
		List<CSVRecord> records = csv(output);
		assertEquals(FrameworkTable.TABLE.csvNames(), records.get(0).toList());
		assertEquals(1 + rows.size(), records.size(), "the header and a row per category, skill, role and requirement");
		int name = FrameworkTable.TABLE.indexOf("name");
		for (int i = 0; i < rows.size(); i++) {
			assertEquals(rows.get(i).kind().word(), records.get(i + 1).get(0));
			if (rows.get(i).element() instanceof NamedElement named) {
				assertEquals(named.getName(), records.get(i + 1).get(name));
			}
		}
		assertTrue(records.stream().anyMatch(r -> r.get(0).equals("skill") && r.get(1).equals("skill.a2") && r.get(name).equals("SQL")));
	}

	@Test
	void anInstalledFrameworkAsXlsx() throws Exception {
		ExportFrameworkWizard wizard = openWizard(null);
		ExportPage page = wizard.exportPage();
		assertNull(page.source(), "nothing selected: nothing chosen");
		assertTrue(page.getErrorMessage() == null || page.getErrorMessage().startsWith("Choose"), page.getErrorMessage());
		RegisteredFramework installed = PlatformUI.getWorkbench().getService(FrameworkRegistry.class).getFramework("ai-upskilling").orElseThrow();
		ExportSource ai = null;
		for (int i = 0; i < page.sourcesTable().getItemCount(); i++) {
			if (page.sourcesTable().getItem(i).getData() instanceof ExportSource s && s.installed() != null && s.installed().id().equals("ai-upskilling")) {
				ai = s;
			}
		}
		assertNotNull(ai, "the installed framework is listed");
		page.select(ai);
		page.selectFormat("xlsx");
		Path output = temp.resolve("ai-upskilling.xlsx");
		page.outputField().setText(output.toString());
		open.press(IDialogConstants.FINISH_ID);
		finished(wizard);

		List<Row> rows = FrameworkTable.rows(installed.framework());
		String sheet;
		String strings;
		try (ZipFile zip = new ZipFile(output.toFile())) {
			ZipEntry first = zip.getEntry("xl/worksheets/sheet1.xml");
			assertNotNull(first, "an XLSX workbook with a sheet");
			sheet = new String(zip.getInputStream(first).readAllBytes(), StandardCharsets.UTF_8);
			ZipEntry shared = zip.getEntry("xl/sharedStrings.xml");
			strings = shared == null ? sheet : new String(zip.getInputStream(shared).readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher row = Pattern.compile("<row\\b").matcher(sheet);
		int count = 0;
		while (row.find()) {
			count++;
		}
		assertEquals(1 + rows.size(), count, "the header and a row per element");
		for (Row r : rows.subList(0, Math.min(10, rows.size()))) {
			if (r.element() instanceof NamedElement named && named.getName() != null) {
				String escaped = named.getName().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
				assertTrue(strings.contains(">" + escaped + "<"), named.getName() + " is in the workbook");
			}
		}
	}
}
