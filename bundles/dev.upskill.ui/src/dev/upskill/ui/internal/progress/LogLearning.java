/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.progress;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

import dev.upskill.core.gap.CurrentLevels;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.gap.Usable;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.Evidence;
import dev.upskill.model.EvidenceKind;
import dev.upskill.model.LearningResource;
import dev.upskill.model.LogEntry;
import dev.upskill.model.PlanStep;
import dev.upskill.model.Profile;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.StepStatus;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.UpskillPackage.Literals;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.gap.ProfileInput;
import dev.upskill.ui.internal.plan.PlanEditing;

/**
 * Logging learning on a plan step, as one command on the plan editor's command stack (Edit > Undo
 * Log Learning takes all of it back): a dated {@link LogEntry} with the hours and the note, the
 * hours added to the step's total ({@code hoursLogged} is always the total; the entries are its
 * dated part), and the status set (a planned step with hours logged becomes in progress).
 * <p>
 * A step marked done offers to add what its resource teaches to the plan's profile: an assessment
 * per skill the resource gains above the current level (of the profile as it is now: its open
 * editor's, else its file's), dated that day, source evidence, with the resource's link as
 * evidence. They are added through the profile's editor (opened when it is not), as one command the
 * person can undo and saves; nothing in the profile is changed or replaced.
 */
public final class LogLearning {

	private LogLearning() {
	}

	/**
	 * The command that logs hours on a step.
	 *
	 * @param status the step's new status, or null to keep it (a planned step with hours becomes in progress)
	 * @throws IllegalArgumentException for hours below 0 or not a number, or no date
	 */
	public static Command command(EditingDomain domain, PlanStep step, LocalDate date, double hours, String note, StepStatus status) {
		if (!(hours >= 0) || Double.isInfinite(hours)) {
			throw new IllegalArgumentException("hours must be a number of 0 or more, not " + hours);
		}
		if (date == null) {
			throw new IllegalArgumentException("a log entry needs a date");
		}
		CompoundCommand command = new CompoundCommand("Log Learning");
		if (hours > 0 || note != null && !note.isBlank()) {
			LogEntry entry = UpskillFactory.eINSTANCE.createLogEntry();
			entry.setDate(date);
			entry.setHours(hours);
			entry.setNote(note == null || note.isBlank() ? null : note.strip());
			command.append(AddCommand.create(domain, step, Literals.PLAN_STEP__LOG, entry));
		}
		if (hours > 0) {
			command.append(SetCommand.create(domain, step, Literals.PLAN_STEP__HOURS_LOGGED, step.getHoursLogged() + hours));
		}
		StepStatus next = status != null ? status : hours > 0 && step.getStatus() == StepStatus.PLANNED ? StepStatus.IN_PROGRESS : null;
		if (next != null && next != step.getStatus()) {
			command.append(SetCommand.create(domain, step, Literals.PLAN_STEP__STATUS, next));
		}
		return command.isEmpty() ? null : command;
	}

	/**
	 * Logs on the editor's command stack; when the step became done, offers the assessments its
	 * resource gains (the editor asks).
	 *
	 * @return the assessments added to the profile (empty when none were offered or accepted)
	 */
	public static List<SkillAssessment> log(PlanEditing editor, PlanStep step, LocalDate date, double hours, String note,
			StepStatus status, IWorkbenchPage page) {
		boolean wasDone = step.getStatus() == StepStatus.DONE;
		Command command = command(editor.getEditingDomain(), step, date, hours, note, status);
		if (command != null) {
			editor.execute(command);
		}
		if (wasDone || step.getStatus() != StepStatus.DONE || page == null) {
			return List.of();
		}
		return offerGains(editor, step, date, page);
	}

	/**
	 * Asks whether to add the assessments the step's resource gains to the plan's profile, and adds
	 * them. Which gains are offered is decided against the profile as it is now, not as the plan
	 * editor read it: the open profile editor's model (with its unsaved changes), else the file as
	 * it is on disk now. They are added in the profile's editor (opened on the file when it is not),
	 * decided once more against the model they are added to, as one command its Edit > Undo takes
	 * back; nothing of the profile is changed, replaced or saved.
	 */
	static List<SkillAssessment> offerGains(PlanEditing editor, PlanStep step, LocalDate date, IWorkbenchPage page) {
		IFile profileFile = ProfileInput.fileOf(editor.plan());
		if (profileFile == null || !profileFile.exists()) {
			return List.of();
		}
		ModelEditor open = page.findEditor(new FileEditorInput(profileFile)) instanceof ModelEditor found ? found : null;
		Profile current;
		try {
			current = open != null ? editedProfile(open) : onDisk(profileFile, editor);
		} catch (OperationCanceledException e) {
			return List.of(); // the person stopped the reading: nothing offered
		}
		List<SkillAssessment> offered = gainedAssessments(step, current, date);
		if (offered.isEmpty()) {
			return List.of();
		}
		String list = offered.stream().map(a -> "- " + name(a.getSkill()) + ": level " + a.getLevel()).collect(Collectors.joining("\n"));
		if (!editor.ask("Add what was learnt", step.getResource().getName() + " is done. Add these assessments to "
				+ profileFile.getName() + ", dated " + date + ", from evidence (the resource's link)?\n\n" + list
				+ "\n\nThey are added in the profile's editor: undo or save them there.")) {
			return List.of();
		}
		ModelEditor profileEditor;
		try {
			profileEditor = IDE.openEditor(page, profileFile, false) instanceof ModelEditor opened ? opened : null;
		} catch (PartInitException e) {
			return List.of();
		}
		Profile profile = profileEditor == null ? null : editedProfile(profileEditor);
		if (profile == null) {
			return List.of();
		}
		// The model they are added to decides (it is the file as on disk now when the editor was not open):
		// nothing the profile already holds at that level is added again.
		Set<String> offeredSkills = offered.stream().map(a -> SkillKeys.of(a.getSkill())).collect(Collectors.toSet());
		List<SkillAssessment> added = new ArrayList<>();
		for (SkillAssessment assessment : gainedAssessments(step, profile, date)) {
			if (!offeredSkills.contains(SkillKeys.of(assessment.getSkill()))) {
				continue; // not what the person agreed to
			}
			// The skill as a reference the profile's file can write: the same address, resolved in the profile's resource set.
			Skill proxy = UpskillFactory.eINSTANCE.createSkill();
			((InternalEObject) proxy).eSetProxyURI(EcoreUtil.getURI(assessment.getSkill()));
			assessment.setSkill((Skill) EcoreUtil.resolve(proxy, profile));
			added.add(assessment);
		}
		if (added.isEmpty()) {
			return List.of();
		}
		profileEditor.execute(AddCommand.create(profileEditor.getEditingDomain(), profile, Literals.PROFILE__ASSESSMENTS, added));
		return added;
	}

	/** The profile an editor holds, with its unsaved changes (waiting for the editor to have read its file), or null. */
	private static Profile editedProfile(ModelEditor profileEditor) {
		if (!profileEditor.awaitRead() || profileEditor.getEditingDomain() == null) {
			return null;
		}
		var resources = profileEditor.getEditingDomain().getResourceSet().getResources();
		return !resources.isEmpty() && !resources.get(0).getContents().isEmpty()
				&& resources.get(0).getContents().get(0) instanceof Profile profile ? profile : null;
	}

	/**
	 * The profile file as it is on disk now, read in a resource set of its own that resolves its skills
	 * (the installed frameworks and the workspace's framework files), outside the UI thread while the
	 * event loop runs; null when it cannot be read (then every gain is offered, as for an unknown profile).
	 *
	 * @throws OperationCanceledException when the person cancels the reading
	 */
	private static Profile onDisk(IFile file, PlanEditing editor) {
		AllFrameworks frameworks = editor.frameworks();
		Profile[] read = new Profile[1];
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
				frameworks.read(monitor).configure(resourceSet);
				ModelFile model = ModelFile.load(resourceSet, URI.createPlatformResourceURI(file.getFullPath().toString(), true),
						file.getFullPath().toString());
				if (model.loaded() && model.resource().getContents().get(0) instanceof Profile profile) {
					EcoreUtil.resolveAll(profile);
					read[0] = profile;
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(LogLearning.class).warn("Could not read " + file.getFullPath() + " to see what it holds", e.getCause());
		} catch (InterruptedException e) {
			throw new OperationCanceledException(); // what the progress service throws when the person cancels
		}
		return read[0];
	}

	/**
	 * The assessments a done step's resource gives: one per skill it gains above the current level
	 * (all of them when the profile is not known), dated, source evidence, with the resource's link.
	 */
	public static List<SkillAssessment> gainedAssessments(PlanStep step, Profile profile, LocalDate date) {
		LearningResource resource = step.getResource();
		if (resource == null || resource.eIsProxy()) {
			return List.of();
		}
		CurrentLevels levels = profile == null ? null : CurrentLevels.of(profile, TrustOrder.preferred());
		List<SkillAssessment> assessments = new ArrayList<>();
		for (SkillGain gain : resource.getGains()) {
			if (!Usable.gain(gain)) {
				continue;
			}
			if (levels != null && levels.of(gain.getSkill()).map(a -> a.getLevel() >= gain.getLevel()).orElse(false)) {
				continue;
			}
			SkillAssessment assessment = UpskillFactory.eINSTANCE.createSkillAssessment();
			assessment.setSkill(gain.getSkill());
			assessment.setLevel(gain.getLevel());
			assessment.setDate(date);
			assessment.setSource(AssessmentSource.EVIDENCE);
			assessment.setNote("Completed " + resource.getName() + " (plan step done).");
			Evidence evidence = UpskillFactory.eINSTANCE.createEvidence();
			evidence.setKind(EvidenceKind.LINK);
			evidence.setTitle(resource.getName());
			evidence.setUrl(resource.getUrl());
			evidence.setDate(date);
			assessment.getEvidence().add(evidence);
			assessments.add(assessment);
		}
		return assessments;
	}

	private static String name(Skill skill) {
		return skill.getName() != null ? skill.getName() : skill.getId();
	}
}
