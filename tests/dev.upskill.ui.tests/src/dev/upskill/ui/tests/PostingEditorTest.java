/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.app.internal.SampleWorkspace;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.posting.CvCheck;
import dev.upskill.core.posting.Demand;
import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.Occurrence;
import dev.upskill.core.posting.PostingFit;
import dev.upskill.core.posting.PostingMatch;
import dev.upskill.core.posting.SkillMatcher;
import dev.upskill.core.table.PostingTable;
import dev.upskill.core.table.PostingTable.Row;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.Profile;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.Scales;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks;
import dev.upskill.ui.internal.posting.CreateRoleDialog;
import dev.upskill.ui.internal.posting.CvCheckDialog;
import dev.upskill.ui.internal.posting.PostingEditor;
import dev.upskill.ui.internal.posting.PostingEditor.Highlight;

/**
 * The Job Posting editor on the sample posting: the highlights are the matcher's places, typing a
 * skill's name highlights it after the background match, the side grid is the posting table's rows
 * with the gaps of the chosen profile, Create Role writes a role whose essential and optional
 * requirements are the posting's required and nice-to-have skills, and Check CV splits what a CV
 * does not say into what the person has and the real gaps. The expected values come from the
 * engine run here on the same text and frameworks.
 */
class PostingEditorTest {

	static final String PROJECT = "Posting Editor";
	private static final String SAMPLE = "samples/getting-started/ml-engineer-acme.posting";

	@TempDir
	Path folder;

	private IWorkbenchPage page;
	private IProject project;
	private IFile posting;
	private IFile dana;
	private String text;
	private SkillMatcher matcher;
	private final List<String> told = new ArrayList<>();

	@BeforeEach
	void project() throws Exception {
		Job.getJobManager().join(SampleWorkspace.FAMILY, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		dana = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT).getFile("dana.profile");
		assertTrue(dana.exists(), "the sample profile");
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		URL sample = Platform.getBundle("dev.upskill.app").getEntry(SAMPLE);
		assertNotNull(sample, "the sample posting is in the app bundle");
		try (InputStream in = sample.openStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		posting = project.getFile("ml-engineer-acme.posting");
		posting.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		// the engine, over the same frameworks as the editor: the installed ones and the workspace's
		AllFrameworks.Snapshot snapshot = AllFrameworks.of(registry()).read(null);
		List<Skill> skills = new ArrayList<>();
		snapshot.frameworks().forEach(f -> skills.addAll(f.skills()));
		matcher = SkillMatcher.ofSkills(skills);
	}

	@AfterEach
	void removeProject() throws Exception {
		page.closeAllEditors(false);
		Ui.processEvents();
		Job.getJobManager().join(PostingEditor.FAMILY, null);
		project.delete(true, true, null);
		// The other tests count the roles: the project's framework files must be gone from the workspace frameworks first.
		Ui.waitFor(() -> WorkspaceFrameworks.get(registry()).state().frameworks().stream()
				.noneMatch(l -> l.file().getProject().equals(project)), "the project's frameworks gone");
	}

	private static FrameworkRegistry registry() {
		return PlatformUI.getWorkbench().getService(FrameworkRegistry.class);
	}

	private PostingEditor open() throws Exception {
		PostingEditor editor = (PostingEditor) IDE.openEditor(page, posting, PostingEditor.ID);
		editor.setPrompter(new PostingEditor.Prompter() {
			@Override
			public boolean ask(String title, String question) {
				told.add(title + ": " + question);
				return false;
			}

			@Override
			public void tell(String title, String message) {
				told.add(title + ": " + message);
			}
		});
		editor.setDialogsBlock(false);
		current(editor);
		return editor;
	}

	private static void current(PostingEditor editor) throws InterruptedException {
		Ui.waitFor(editor::isAnalysisCurrent, "the posting matched in the background", Duration.ofSeconds(60));
		Ui.processEvents();
	}

	/** The highlights the matcher's places call for: one per place of each skill, by the demand there. */
	private static List<Highlight> expected(PostingMatch match) {
		List<Highlight> expected = new ArrayList<>();
		for (MatchedSkill skill : match.skills()) {
			for (Occurrence occurrence : skill.occurrences()) {
				expected.add(new Highlight(occurrence.start(), occurrence.end(), PostingEditor.highlightType(occurrence.demand())));
			}
		}
		expected.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
				: a.end() != b.end() ? Integer.compare(a.end(), b.end()) : a.type().compareTo(b.type()));
		return expected;
	}

	private CurrentLevels danaLevels() {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		registry().configure(resourceSet);
		ModelFile loaded = ModelFile.load(resourceSet, URI.createPlatformResourceURI(dana.getFullPath().toString(), true),
				dana.getName());
		assertTrue(loaded.loaded(), "the sample profile reads");
		return CurrentLevels.of((Profile) loaded.resource().getContents().get(0), TrustOrder.preferred());
	}

	@Test
	void highlightsAreTheMatchersPlacesAndHoverSaysWhatTheSkillIs() throws Exception {
		assertEquals(PostingEditor.ID, PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(posting.getName(),
				posting.getContentDescription().getContentType()).getId(), "a .posting file opens in the Job Posting editor");
		assertTrue(List.of(PlatformUI.getWorkbench().getEditorRegistry().getEditors("cv.txt")).stream()
				.anyMatch(d -> d.getId().equals(PostingEditor.ID)), "Open With offers it for any text file");
		assertNotEquals(PostingEditor.ID, PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("cv.txt").getId(),
				"a .txt file still opens in the text editor");

		PostingEditor editor = open();
		PostingMatch match = matcher.match(text, null);
		List<Highlight> expected = expected(match);
		assertEquals(expected, editor.highlights());
		Set<String> types = expected.stream().map(Highlight::type).collect(Collectors.toSet());
		assertTrue(types.contains(PostingEditor.REQUIRED) && types.contains(PostingEditor.NICE_TO_HAVE),
				"the sample posting has required and nice-to-have skills, told apart: " + types);

		// drawn: each place has a background in the text widget, required and nice to have in different colours
		StyledText widget = editor.textWidget();
		Highlight required = expected.stream().filter(h -> h.type().equals(PostingEditor.REQUIRED)).findFirst().orElseThrow();
		Highlight nice = expected.stream().filter(h -> h.type().equals(PostingEditor.NICE_TO_HAVE)).findFirst().orElseThrow();
		Ui.waitFor(() -> background(widget, required.start()) != null && background(widget, nice.start()) != null,
				"the highlights painted");
		assertNotEquals(background(widget, required.start()).getRGB(), background(widget, nice.start()).getRGB());

		// the hover: the skill, its framework, how it is asked; no profile chosen here
		MatchedSkill skill = match.skills().stream().filter(s -> s.occurrences().stream().anyMatch(o -> o.start() == required.start()))
				.findFirst().orElseThrow();
		String hover = editor.hoverText(required.start());
		assertNotNull(hover);
		assertTrue(hover.startsWith(skill.name()), hover);
		assertTrue(hover.contains(skill.key().substring(0, skill.key().indexOf('#'))), hover);
		assertTrue(hover.contains("Asked: " + skill.demand().label()), hover);
		assertNull(editor.profileFile(), "no profile in the posting's folder, none remembered");
		assertTrue(hover.contains("No profile chosen"), hover);
		int outside = text.indexOf("Acme Retail plans");
		assertNull(editor.hoverText(outside), "no hover where no skill is named");
	}

	private static Color background(StyledText widget, int offset) {
		StyleRange range = widget.getStyleRangeAtOffset(offset);
		return range == null ? null : range.background;
	}

	@Test
	void typingASkillsNameHighlightsItAfterThePauseAndUndoAndSaveWork() throws Exception {
		PostingEditor editor = open();
		PostingMatch before = matcher.match(text, null);
		// A skill the posting does not name, that needs no context, whose name the engine finds when typed in a list.
		String added = null;
		String typed = null;
		for (Skill skill : matcher.skills()) {
			String key = SkillKeys.of(skill);
			if (before.skill(key).isPresent() || !skill.getRequiresContext().isEmpty() || skill.getName() == null) {
				continue;
			}
			String line = "- Experience with " + skill.getName() + ".\n";
			int at = text.indexOf("## Nice to have");
			String after = text.substring(0, at) + line + text.substring(at);
			if (matcher.match(after, null).skill(key).filter(MatchedSkill::required).isPresent()) {
				added = key;
				typed = line;
				break;
			}
		}
		assertNotNull(added, "a skill of the frameworks to type");
		int at = text.indexOf("## Nice to have");
		editor.textWidget().replaceTextRange(at, 0, typed);
		assertTrue(editor.isDirty());
		assertFalse(editor.isAnalysisCurrent(), "matched again only after the pause in typing");
		current(editor);
		String now = text.substring(0, at) + typed + text.substring(at);
		PostingMatch after = matcher.match(now, null);
		assertEquals(expected(after), editor.highlights());
		MatchedSkill newSkill = after.skill(added).orElseThrow();
		int start = newSkill.occurrences().get(0).start();
		assertTrue(start >= at && start < at + typed.length(), "the new highlight is on the typed line");
		assertTrue(editor.highlights().contains(new Highlight(start, newSkill.occurrences().get(0).end(), PostingEditor.REQUIRED)));
		String key = added;
		assertTrue(editor.gridRows().stream().anyMatch(r -> r.skill().key().equals(key)), "the side grid lists it");

		// undo takes the text back, and the highlights follow
		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
		current(editor);
		assertEquals(text, editor.getDocumentProvider().getDocument(editor.getEditorInput()).get());
		assertEquals(expected(before), editor.highlights());

		// typed again and saved: the file is the text, in UTF-8
		editor.textWidget().replaceTextRange(at, 0, typed);
		editor.doSave(null);
		assertFalse(editor.isDirty());
		try (InputStream in = posting.getContents()) {
			assertEquals(now, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	@Test
	void aFrameworkLeftOutIsNotMatchedAndTheChoiceIsKept() throws Exception {
		PostingEditor editor = open();
		PostingMatch all = matcher.match(text, null);
		String key = all.skills().get(0).key();
		String left = key.substring(0, key.indexOf('#'));
		editor.setLeftOutFrameworks(Set.of(left));
		current(editor);
		List<Skill> others = new ArrayList<>();
		AllFrameworks.of(registry()).read(null).frameworks().stream().filter(f -> !f.id().equals(left)).forEach(f -> others.addAll(f.skills()));
		PostingMatch without = SkillMatcher.ofSkills(others).match(text, null);
		assertEquals(expected(without), editor.highlights());
		assertTrue(editor.gridRows().stream().noneMatch(r -> r.skill().key().startsWith(left + "#")), "no skill of " + left);
		assertEquals(left, posting.getPersistentProperty(PostingEditor.LEFT_OUT));

		page.closeAllEditors(false);
		PostingEditor again = open();
		assertEquals(Set.of(left), again.leftOutFrameworks());
		assertEquals(expected(without), again.highlights());
		again.setLeftOutFrameworks(Set.of());
		current(again);
		assertEquals(expected(all), again.highlights());
		assertNull(posting.getPersistentProperty(PostingEditor.LEFT_OUT));
	}

	@Test
	void sideGridIsThePostingTableWithTheProfilesGapsAndTheChoiceIsKept() throws Exception {
		PostingEditor editor = open();
		assertEquals(List.of("Skill", "Asked", "Found", "Level", "Current", "Gap"), editor.gridTitles());
		editor.chooseProfile(dana);
		current(editor);

		PostingMatch match = matcher.match(text, null);
		PostingFit fit = PostingFit.of(match, danaLevels(), "Job posting");
		List<Row> expected = PostingTable.rows(match, fit);
		List<Row> shown = editor.gridRows();
		assertEquals(expected.stream().map(r -> r.skill().key()).toList(), shown.stream().map(r -> r.skill().key()).toList());
		boolean aGap = false;
		for (int i = 0; i < expected.size(); i++) {
			Row row = expected.get(i);
			assertEquals(row.skill().name(), editor.gridCell(0, i));
			assertEquals(row.skill().demand().label(), editor.gridCell(1, i));
			assertEquals(PostingTable.TABLE.column(PostingTable.CURRENT).shown(PostingTable.TABLE.value(row, PostingTable.CURRENT)),
					editor.gridCell(4, i), row.skill().name());
			assertEquals(PostingTable.TABLE.column(PostingTable.GAP).shown(PostingTable.TABLE.value(row, PostingTable.GAP)),
					editor.gridCell(5, i), row.skill().name());
			aGap |= row.line() != null && row.line().gapLevels() > 0;
		}
		assertTrue(aGap, "Dana lacks some of the posting's skills");
		assertTrue(editor.summaryText().contains(String.format("fit %.1f of 100", fit.fit().roundedScore())), editor.summaryText());

		// the hover tells Dana's level and gap
		Row gapRow = expected.stream().filter(r -> r.line() != null && r.line().gapLevels() > 0).findFirst().orElseThrow();
		String hover = editor.hoverText(gapRow.skill().occurrences().get(0).start());
		assertTrue(hover.contains("Dana Okafor") && hover.contains("gap " + gapRow.line().gapLevels()), hover);

		// the choice is kept with the file
		assertEquals(dana.getFullPath().toPortableString(), posting.getPersistentProperty(PostingEditor.PROFILE));
		page.closeAllEditors(false);
		PostingEditor again = open();
		assertEquals(dana, again.profileFile());

		// "(none)" is kept too, and the posting opens again without a profile
		again.chooseProfile(null);
		current(again);
		assertEquals("", posting.getPersistentProperty(PostingEditor.PROFILE));
		page.closeAllEditors(false);
		PostingEditor none = open();
		assertNull(none.profileFile(), "none chosen, none remembered");
	}

	@Test
	void aProfileThatCannotBeReadIsSaidInTheSummary() throws Exception {
		IFile broken = project.getFile("broken.profile");
		broken.create(new ByteArrayInputStream("<?xml version=\"1.0\"?>\n<upskill:Profile xmlns:upskill=\"".getBytes(StandardCharsets.UTF_8)),
				true, null);
		PostingEditor editor = open();
		editor.chooseProfile(broken);
		Ui.waitFor(() -> editor.summaryText().contains("broken.profile"), "the summary names the profile that cannot be read");
		current(editor);
		Ui.processEvents();
		String summary = editor.summaryText();
		assertTrue(summary.contains("The profile broken.profile cannot be read"), summary);
		assertTrue(summary.contains("skills:") || summary.contains("skill:"), "the skills are still matched: " + summary);
		assertFalse(summary.contains("Exception"), summary);
	}

	@Test
	void createRoleWritesTheRequiredSkillsAsEssentialAndTheNiceToHaveAsOptional() throws Exception {
		PostingEditor editor = open();
		editor.createRole();
		CreateRoleDialog dialog = editor.roleDialog();
		assertNotNull(dialog);
		// refused where typed
		dialog.setRoleId("role ml engineer");
		assertTrue(dialog.errorMessage().contains("may use only letters"), dialog.errorMessage());
		assertFalse(dialog.okEnabled());
		dialog.setRoleId("role:ml");
		assertFalse(dialog.okEnabled());
		dialog.setRoleId("role.ml-engineer-acme");
		dialog.chooseNewFile("postings.framework", "ai-upskilling");
		assertTrue(dialog.errorMessage().contains("is the id of the framework"), dialog.errorMessage());
		dialog.chooseNewFile("postings.framework", "posting-roles");
		dialog.setRoleId("role.ml-engineer-acme");
		dialog.setRoleName("ML engineer at Acme");
		assertNull(dialog.errorMessage());
		assertTrue(dialog.okEnabled());

		PostingMatch match = matcher.match(text, null);
		List<MatchedSkill> asked = match.asked();
		// one level changed by hand: the first required skill, to the level above the one proposed
		MatchedSkill first = asked.stream().filter(MatchedSkill::required).findFirst().orElseThrow();
		int proposed = PostingFit.requiredLevel(first).orElseThrow();
		int chosen = Scales.of(first.skill()).getLevels().stream().mapToInt(ProficiencyLevel::getValue).filter(v -> v > proposed).min()
				.orElse(proposed);
		dialog.setRequirement(first.key(), Importance.ESSENTIAL, chosen);
		dialog.pressOk();
		IFile written = project.getFile("postings.framework");
		Ui.waitFor(() -> editor.roleKey() != null, "the role written", Duration.ofSeconds(30));
		assertEquals("posting-roles#role.ml-engineer-acme", editor.roleKey());
		assertTrue(written.exists());
		assertTrue(told.stream().anyMatch(t -> t.startsWith("Role created")), String.valueOf(told));

		// read back from the file
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		registry().configure(resourceSet);
		ModelFile loaded = ModelFile.load(resourceSet, URI.createPlatformResourceURI(written.getFullPath().toString(), true),
				written.getName());
		assertTrue(loaded.loaded(), String.valueOf(loaded.problems()));
		List<Problem> errors = ModelChecker.check(loaded).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		Framework framework = (Framework) loaded.resource().getContents().get(0);
		assertEquals("posting-roles", framework.getId());
		Role role = framework.getRoles().stream().filter(r -> r.getId().equals("role.ml-engineer-acme")).findFirst().orElseThrow();
		assertEquals("ML engineer at Acme", role.getName());
		Set<String> essential = keys(role, Importance.ESSENTIAL);
		Set<String> optional = keys(role, Importance.OPTIONAL);
		assertEquals(asked.stream().filter(MatchedSkill::required).map(MatchedSkill::key).collect(Collectors.toSet()), essential);
		assertEquals(asked.stream().filter(s -> s.demand() == Demand.NICE_TO_HAVE).map(MatchedSkill::key).collect(Collectors.toSet()),
				optional);
		assertFalse(optional.isEmpty(), "the sample posting has nice-to-have skills");
		Map<String, Integer> levels = role.getRequirements().stream()
				.collect(Collectors.toMap(r -> SkillKeys.of(r.getSkill()), SkillRequirement::getLevel));
		assertEquals(chosen, levels.get(first.key()));
		for (MatchedSkill skill : asked) {
			if (skill != first) {
				assertEquals(PostingFit.requiredLevel(skill).orElseThrow(), levels.get(skill.key()), skill.name());
			}
		}
		String saved = Files.readString(written.getLocation().toFile().toPath());
		assertTrue(saved.contains("upskill:/framework/ai-upskilling#"), "installed skills by their framework's address: " + saved);

		// the same id again, into that file: refused as typed, once the file is among the workspace's frameworks
		Ui.waitFor(() -> editor.frameworkFiles().contains(written) && editor.isAnalysisCurrent(), "the new file read",
				Duration.ofSeconds(30));
		editor.createRole();
		CreateRoleDialog second = editor.roleDialog();
		assertNotEquals(dialog, second);
		second.chooseFile(written);
		second.setRoleId("role.ml-engineer-acme");
		assertTrue(second.errorMessage().contains("already has an element with the id"), second.errorMessage());
		assertFalse(second.okEnabled());
		second.close();

		// Generate Plan plans for the chosen profile towards the role made of the posting
		editor.chooseProfile(dana);
		current(editor);
		editor.generatePlan();
		assertNotNull(editor.planWizard(), "the plan wizard opened");
		editor.planWizard().getContainer().getShell().close();
	}

	private static Set<String> keys(Role role, Importance importance) {
		return role.getRequirements().stream().filter(r -> r.getImportance() == importance).map(r -> SkillKeys.of(r.getSkill()))
				.collect(Collectors.toSet());
	}

	@Test
	void checkCvSplitsWhatTheCvDoesNotSayIntoSkillsHeldAndRealGaps() throws Exception {
		PostingEditor editor = open();
		editor.chooseProfile(dana);
		current(editor);
		PostingMatch match = matcher.match(text, null);
		// A CV that names the first asked skill Dana has, and no other
		CurrentLevels levels = danaLevels();
		MatchedSkill held = match.asked().stream().filter(s -> levels.of(s.skill()).filter(a -> a.getLevel() > 0).isPresent())
				.findFirst().orElseThrow();
		String cvText = "Dana Okafor\n\nSkills: " + held.terms().get(0) + ".\n";
		Path cv = Files.writeString(folder.resolve("dana-cv.txt"), cvText);
		editor.checkCv(cv);
		Ui.waitFor(() -> editor.cvDialog() != null, "the CV checked", Duration.ofSeconds(30));
		CvCheckDialog dialog = editor.cvDialog();
		CvCheck expected = CvCheck.of(match, matcher.match(cvText, null), levels);
		assertEquals(List.of(CvCheckDialog.UNSAID, CvCheckDialog.GAPS), dialog.groups());
		assertEquals(keys(expected.unsaid()), keys(dialog.check().unsaid()));
		assertEquals(keys(expected.gaps()), keys(dialog.check().gaps()));
		assertEquals(keys(expected.inCv()), keys(dialog.check().inCv()));
		assertTrue(keys(expected.inCv()).contains(held.key()));
		assertFalse(expected.unsaid().isEmpty(), "Dana has skills the CV does not name");
		assertFalse(expected.gaps().isEmpty(), "and lacks some");
		dialog.close();
	}

	private static List<String> keys(List<MatchedSkill> skills) {
		return skills.stream().map(MatchedSkill::key).toList();
	}
}
