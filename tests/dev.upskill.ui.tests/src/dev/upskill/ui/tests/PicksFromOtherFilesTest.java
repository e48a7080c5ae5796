/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.model.Framework;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillPackage;
import dev.upskill.ui.internal.editors.FrameworkEditor;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.editors.ModelGrid;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks;

/**
 * Picking, in the requirements grid of a framework, a skill of another framework file of the
 * workspace: the first pick reads that file in a Job, and applies the pick on the UI thread only
 * when it still can: into the editor's own copy of that file, over the value the cell had when it
 * was picked, and not while Validate reads the model on another thread.
 */
class PicksFromOtherFilesTest {

	private static final String PROJECT = "Pick Tests";
	/** The Skill column of the requirements grid. */
	private static final int SKILL = 1;

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	private final WorkspaceFrameworks frameworks = WorkspaceFrameworks.get(PlatformUI.getWorkbench().getService(FrameworkRegistry.class));

	@AfterEach
	void closeEditorsAndDeleteTheProject() throws Exception {
		page.closeAllEditors(false);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		Ui.waitFor(() -> frameworks.state().frameworks().stream().noneMatch(f -> f.file().getProject().getName().equals(PROJECT)),
				"the workspace's frameworks without the test project's");
	}

	private static IProject project() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	/** A skill of a framework file as the workspace's frameworks read it (what the pickers offer). */
	private Skill skillOf(IFile file, int index) throws InterruptedException {
		Ui.waitFor(() -> frameworks.state().frameworks().stream().anyMatch(f -> f.file().equals(file)),
				"the workspace's frameworks to read " + file.getName(), Duration.ofMinutes(1));
		return frameworks.state().frameworks().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow()
				.framework().skills().get(index);
	}

	private FrameworkEditor open(IFile file) throws Exception {
		FrameworkEditor editor = (FrameworkEditor) IDE.openEditor(page, file, FrameworkEditor.ID);
		EditorLoads.await(editor);
		Ui.processEvents();
		return editor;
	}

	private static Framework root(ModelEditor editor) {
		return (Framework) editor.getEditingDomain().getResourceSet().getResources().get(0).getContents().get(0);
	}

	private static void awaitPicks(ModelEditor editor) throws InterruptedException {
		Ui.waitFor(() -> !editor.readingForPicks(), "the other file read for the pick", Duration.ofSeconds(60));
		Ui.processEvents();
	}

	/**
	 * A framework file with a reference it cannot resolve is one of the workspace's frameworks (the
	 * problem is its model's): a skill picked from it is set, the editor's own copy of it.
	 */
	@Test
	void aSkillOfAFileWithADanglingReferenceIsPickedFromTheEditorsOwnCopy() throws Exception {
		IProject project = project();
		IFile other = ScaleFrameworks.write(ScaleFrameworks.framework("dangling", 50, 10, 5, 5, 5), project.getFile("dangling.framework"));
		String text = new String(other.getContents().readAllBytes(), StandardCharsets.UTF_8);
		Matcher reference = Pattern.compile("skill=\"#([^\"]+)\"").matcher(text);
		assertTrue(reference.find(), "a requirement's skill in the file");
		String dangling = text.substring(0, reference.start()) + "skill=\"#no-such-skill\"" + text.substring(reference.end());
		other.setContents(new ByteArrayInputStream(dangling.getBytes(StandardCharsets.UTF_8)), true, false, null);
		IFile small = ScaleFrameworks.write(ScaleFrameworks.framework("small", 20, 5, 3, 3, 3), project.getFile("small.framework"));
		Ui.waitFor(() -> frameworks.state().frameworks().stream().anyMatch(f -> f.file().equals(other)
				&& f.framework().skills().size() == 50), "the file with the dangling reference among the workspace's frameworks",
				Duration.ofMinutes(1));
		Skill picked = skillOf(other, 7);

		FrameworkEditor editor = open(small);
		ModelGrid<SkillRequirement> requirements = editor.grid(3);
		SkillRequirement requirement = requirements.cellElement(0);
		assertTrue(requirements.edit(SKILL, 0, picked), "the pick accepted: " + requirements.refusal());
		awaitPicks(editor);

		assertNotNull(requirement.getSkill());
		assertEquals(picked.getId(), requirement.getSkill().getId(), "the picked skill set; the status line says: " + editor.statusMessage());
		assertSame(editor.getEditingDomain().getResourceSet(), requirement.getSkill().eResource().getResourceSet(),
				"the skill of the editor's own copy of the other file, never of another resource set");
		assertFalse(editor.statusMessage() != null && editor.statusMessage().startsWith(ModelEditor.NOT_PICKED), editor.statusMessage());
	}

	/**
	 * The other file became unreadable on disk after the workspace's frameworks read it: the pick is
	 * not applied (the model would refer to another resource set's element); the status line says
	 * which file, the line and why.
	 */
	@Test
	void aSkillOfAFileThatCannotBeReadIsNotPickedAndTheStatusLineSaysWhy() throws Exception {
		IProject project = project();
		IFile other = ScaleFrameworks.write(ScaleFrameworks.framework("broken", 50, 10, 5, 5, 5), project.getFile("broken.framework"));
		IFile small = ScaleFrameworks.write(ScaleFrameworks.framework("small", 20, 5, 3, 3, 3), project.getFile("small.framework"));
		Skill picked = skillOf(other, 7);
		// broken behind the workspace's back (no refresh): the workspace's frameworks keep what they read
		Path path = other.getLocation().toFile().toPath();
		Files.writeString(path, "<?xml version=\"1.0\"?>\n<upskill:Framework\n  broken <<", StandardCharsets.UTF_8);

		FrameworkEditor editor = open(small);
		ModelGrid<SkillRequirement> requirements = editor.grid(3);
		SkillRequirement requirement = requirements.cellElement(0);
		Skill before = requirement.getSkill();
		assertTrue(requirements.edit(SKILL, 0, picked), "the pick accepted: " + requirements.refusal());
		awaitPicks(editor);

		assertSame(before, requirement.getSkill(), "the value as it was");
		String said = editor.statusMessage();
		assertNotNull(said);
		assertTrue(said.startsWith(ModelEditor.NOT_PICKED + ": broken.framework: line "), said);
		assertFalse(said.matches(".*\\b[a-z]+\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b.*"), "no Java class name: " + said);
	}

	/**
	 * The cell is set to another skill while the other file is read: that later edit wins, and the
	 * status line says the pick was not applied.
	 */
	@Test
	void aPickDoesNotOverwriteALaterEditOfTheSameCell() throws Exception {
		IProject project = project();
		IFile other = ScaleFrameworks.write(ScaleFrameworks.framework("other", 50, 10, 5, 5, 5), project.getFile("other.framework"));
		IFile small = ScaleFrameworks.write(ScaleFrameworks.framework("small", 20, 5, 3, 3, 3), project.getFile("small.framework"));
		Skill picked = skillOf(other, 7);

		FrameworkEditor editor = open(small);
		ModelGrid<SkillRequirement> requirements = editor.grid(3);
		SkillRequirement requirement = requirements.cellElement(0);
		Skill own = root(editor).getSkills().stream().filter(s -> s != requirement.getSkill()).findFirst().orElseThrow();
		assertTrue(requirements.edit(SKILL, 0, picked), "the pick accepted: " + requirements.refusal());
		assertTrue(editor.readingForPicks(), "the other file being read");
		// before the read's answer reaches the UI thread (no events processed since the pick)
		assertTrue(requirements.edit(SKILL, 0, own), requirements.refusal());
		assertSame(own, requirement.getSkill());
		awaitPicks(editor);

		assertSame(own, requirement.getSkill(), "the later edit kept");
		String said = editor.statusMessage();
		assertTrue(said != null && said.startsWith(ModelEditor.NOT_PICKED) && said.contains("changed meanwhile"), String.valueOf(said));

		// undone as well: the cell is back to its first value, the pick is not applied over the undo either
		editor.getEditingDomain().getCommandStack().undo();
		Ui.processEvents();
		assertFalse(picked.getId().equals(requirement.getSkill() == null ? null : requirement.getSkill().getId()));
	}

	/** The editor read its file again while the other file was read: the pick is dropped, and the status line says so. */
	@Test
	void aPickDroppedBecauseTheFileWasReadAgainIsSaid() throws Exception {
		IProject project = project();
		IFile other = ScaleFrameworks.write(ScaleFrameworks.framework("other", 50, 10, 5, 5, 5), project.getFile("other.framework"));
		IFile small = ScaleFrameworks.write(ScaleFrameworks.framework("small", 20, 5, 3, 3, 3), project.getFile("small.framework"));
		Skill picked = skillOf(other, 7);

		FrameworkEditor editor = open(small);
		ModelGrid<SkillRequirement> requirements = editor.grid(3);
		assertTrue(requirements.edit(SKILL, 0, picked), "the pick accepted: " + requirements.refusal());
		editor.reload();
		EditorLoads.await(editor);
		awaitPicks(editor);

		String said = editor.statusMessage();
		assertTrue(said != null && said.startsWith(ModelEditor.NOT_PICKED) && said.contains("read again"), String.valueOf(said));
		ModelGrid<SkillRequirement> reread = editor.grid(3);
		assertFalse(picked.getId().equals(reread.cellElement(0).getSkill().getId()), "nothing picked into the new model");
	}

	/**
	 * Validate reads the model on another thread while the event loop runs: a pick whose file was
	 * read meanwhile waits for the check to end before it changes the model.
	 */
	@Test
	void aPickWaitsForValidateToEnd() throws Exception {
		IProject project = project();
		IFile other = ScaleFrameworks.write(ScaleFrameworks.framework("other", 50, 10, 5, 5, 5), project.getFile("other.framework"));
		// large enough that its check lasts longer than reading the small other file
		IFile large = ScaleFrameworks.write(ScaleFrameworks.esco(12), project.getFile("esco-scale.framework"));
		Skill picked = skillOf(other, 7);

		FrameworkEditor editor = open(large);
		ModelGrid<SkillRequirement> requirements = editor.grid(3);
		Ui.waitFor(() -> requirements.rowCount() > 0, "the requirements");
		SkillRequirement requirement = requirements.cellElement(0);
		boolean[] changedWhileValidating = { false };
		editor.getEditingDomain().getCommandStack().addCommandStackListener(e -> changedWhileValidating[0] |= editor.isValidating());
		assertTrue(requirements.edit(SKILL, 0, picked), "the pick accepted: " + requirements.refusal());
		assertTrue(editor.readingForPicks(), "the other file being read");
		editor.validate();
		awaitPicks(editor);

		assertEquals(picked.getId(), requirement.getSkill().getId(), "the pick applied once the check was done: " + editor.statusMessage());
		assertFalse(changedWhileValidating[0], "the model changed while Validate read it on another thread");
	}

	/**
	 * A bare id typed in a Skill cell that skills of two frameworks have: refused, saying which
	 * frameworks (the first one found would depend on their order); framework#id is taken.
	 */
	@Test
	void aBareIdThatTwoFrameworksHaveIsRefusedNamingThem() throws Exception {
		IProject project = project();
		// the same seed: the same skill ids in both files
		IFile first = ScaleFrameworks.write(ScaleFrameworks.framework("first-fw", 20, 5, 3, 3, 9), project.getFile("first.framework"));
		IFile second = ScaleFrameworks.write(ScaleFrameworks.framework("second-fw", 20, 5, 3, 3, 9), project.getFile("second.framework"));
		IFile small = ScaleFrameworks.write(ScaleFrameworks.framework("small", 20, 5, 3, 3, 4), project.getFile("small.framework"));
		Skill shared = skillOf(first, 5);
		assertEquals(shared.getId(), skillOf(second, 5).getId(), "the same id in both frameworks");

		FrameworkEditor editor = open(small);
		assertFalse(root(editor).getSkills().stream().anyMatch(s -> s.getId().equals(shared.getId())), "not an id of the file's own");
		ModelGrid<SkillRequirement> requirements = editor.grid(3);
		SkillRequirement edited = requirements.cellElement(0);
		Skill before = edited.getSkill();
		NatTable table = requirements.table();
		table.doCommand(new EditCellCommand(table, table.getConfigRegistry(), table.getCellByPosition(SKILL + 1, 1)));
		Ui.processEvents();
		ICellEditor skillEditor = table.getActiveCellEditor();
		assertTrue(skillEditor != null && !skillEditor.isClosed(), "the Skill editor open");
		Text field = (Text) skillEditor.getEditorControl();
		field.setText(shared.getId());
		assertFalse(skillEditor.commit(MoveDirectionEnum.NONE), "a bare id of two frameworks' skills refused");
		String refusal = requirements.refusal();
		assertTrue(refusal != null && refusal.startsWith("'" + shared.getId() + "' is the id of 2 skills, in the frameworks ")
				&& refusal.contains("first-fw") && refusal.contains("second-fw"), String.valueOf(refusal));
		assertSame(before, edited.getSkill());
		field.setText("second-fw#" + shared.getId());
		assertTrue(skillEditor.commit(MoveDirectionEnum.NONE), requirements.refusal());
		awaitPicks(editor);
		assertEquals("second.framework", edited.getSkill().eResource().getURI().lastSegment(), "the skill of the framework named");
	}

	/** A requirement without skill sorts last by Skill, in both directions (as cells without value do). */
	@Test
	void aRequirementWithoutSkillSortsLast() throws Exception {
		IProject project = project();
		IFile small = ScaleFrameworks.write(ScaleFrameworks.framework("small", 20, 5, 3, 3, 4), project.getFile("small.framework"));
		FrameworkEditor editor = open(small);
		ModelGrid<SkillRequirement> requirements = editor.grid(3);
		SkillRequirement unset = requirements.cellElement(3);
		editor.execute(SetCommand.create(editor.getEditingDomain(), unset, UpskillPackage.Literals.SKILL_REQUIREMENT__SKILL, null));
		Ui.processEvents();
		assertEquals(null, unset.getSkill());
		int last = requirements.rowCount() - 1;
		requirements.sortBy(SKILL, true);
		assertSame(unset, requirements.cellElement(last), "last ascending");
		requirements.sortBy(SKILL, false);
		assertSame(unset, requirements.cellElement(last), "last descending");
	}

	/** Closing the editor cancels its reads for picks: nothing is applied, the read ends as cancelled. */
	@Test
	void closingTheEditorCancelsItsReadsForPicks() throws Exception {
		IProject project = project();
		// large enough that its read lasts beyond the editor's closing
		IFile large = ScaleFrameworks.write(ScaleFrameworks.esco(21), project.getFile("esco-scale.framework"));
		IFile small = ScaleFrameworks.write(ScaleFrameworks.framework("small", 20, 5, 3, 3, 4), project.getFile("small.framework"));
		Skill picked = skillOf(large, 7_000);
		List<IStatus> results = new CopyOnWriteArrayList<>();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ModelEditor.PICK_FAMILY)) {
					results.add(event.getResult());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			FrameworkEditor editor = open(small);
			ModelGrid<SkillRequirement> requirements = editor.grid(3);
			SkillRequirement requirement = requirements.cellElement(0);
			Skill before = requirement.getSkill();
			assertTrue(requirements.edit(SKILL, 0, picked), "the pick accepted: " + requirements.refusal());
			assertTrue(editor.readingForPicks(), "the other file being read");
			assertTrue(page.closeEditor(editor, false));
			Ui.waitFor(() -> !results.isEmpty(), "the read for the pick to end", Duration.ofSeconds(60));
			Ui.processEvents();
			assertEquals(IStatus.CANCEL, results.get(0).getSeverity(), "the read cancelled as the editor closed: " + results.get(0));
			assertSame(before, requirement.getSkill(), "nothing applied");
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
	}
}
