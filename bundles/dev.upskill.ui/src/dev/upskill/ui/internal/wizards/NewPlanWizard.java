/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.wizards;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.Profile;
import dev.upskill.model.UpskillFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.ui.internal.wizards.plan.PlanFile;

/**
 * New Plan: first the profile to plan for, picked from the workspace's {@code .profile} files (the
 * selected one when the wizard starts on one), then the plan's folder and name (by default beside
 * the profile). The plan starts next Monday, aims at the profile's first target role and takes its
 * hours a week, budget and currency. Its steps come from the planner or the plan editor.
 */
public class NewPlanWizard extends NewModelFileWizard {

	public static final String ID = "dev.upskill.ui.wizards.plan";

	private ProfilePage profilePage;
	/** The profile read when Finish is pressed. */
	private Profile profile;

	public NewPlanWizard() {
		super("Learning Plan", "plan");
	}

	@Override
	public void addPages() {
		Object first = selection == null ? null : selection.getFirstElement();
		IFile file = first == null ? null : Adapters.adapt(first, IFile.class);
		IContainer folder = first == null ? null : Adapters.adapt(first, IContainer.class);
		profilePage = new ProfilePage(file != null && "profile".equals(file.getFileExtension()) ? file : null,
				folder == null || folder.getType() == IResource.ROOT ? null : folder.getFullPath());
		addPage(profilePage);
		super.addPages();
	}

	@Override
	protected void addQuestionPages() {
		// the profile page comes first; the plan's questions are answered by the profile
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		profilePage.followProfile();
	}

	@Override
	public boolean performFinish() {
		profile = null;
		IFile profileFile = profilePage.profile();
		if (profileFile != null) {
			String name = profileFile.getFullPath().makeRelative().toString();
			ModelFile loaded = ModelFile.load(resourceSet(), URI.createPlatformResourceURI(profileFile.getFullPath().toString(), true), name);
			if (!loaded.loaded() || !(loaded.resource().getContents().get(0) instanceof Profile read)) {
				Problem problem = loaded.problems().isEmpty() ? null : loaded.problems().get(0);
				getContainer().showPage(profilePage);
				profilePage.setErrorMessage(name + (problem != null && problem.line() > 0 ? ", line " + problem.line() : "")
						+ " cannot be read: " + (problem == null ? "it holds no profile" : problem.message().replaceFirst("\\.$", ""))
						+ ". Fix it or choose another profile; no plan was created.");
				return false;
			}
			profile = read;
		}
		return super.performFinish();
	}

	@Override
	protected EObject createModel(String id) {
		LearningPlan plan = UpskillFactory.eINSTANCE.createLearningPlan();
		plan.setId(id);
		plan.setName(id);
		plan.setStartDate(LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
		if (profile != null) {
			plan.setProfile(profile);
			plan.setWeeklyHours(profile.getWeeklyHours());
			plan.setBudget(profile.getBudget()); // none: no limit, as in the profile
			plan.setCurrency(profile.getCurrency());
			if (!profile.getTargetRoles().isEmpty()) {
				plan.setTargetRole(profile.getTargetRoles().get(0));
			}
			plan.setName("Plan for " + (profile.getPerson() == null ? profile.getName() : profile.getPerson()));
			PlanFile.portable(plan); // the installed frameworks' roles by their framework address
		}
		return plan;
	}

	/** The page that picks the profile. */
	public ProfilePage profilePage() {
		return profilePage;
	}

	/** The profile to plan for: the workspace's {@code .profile} files in a list. */
	public final class ProfilePage extends WizardPage {

		private final IFile initial;
		/** The folder selected when the wizard started: the plan goes there, whichever profile is chosen. */
		private final IPath selectedFolder;
		private TableViewer profiles;
		private List<IFile> files = List.of();
		/** The folder and name this page last put on the file page; the page follows the profile until they are changed there. */
		private IPath proposedFolder;
		private String proposedName;

		ProfilePage(IFile initial, IPath selectedFolder) {
			super("profile");
			this.initial = initial;
			this.selectedFolder = selectedFolder;
			setTitle("Learning plan");
			setDescription("Choose the profile to plan for. The plan starts next Monday, aims at the profile's first target role"
					+ " and uses its hours a week and budget.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().applyTo(page);
			new Label(page, SWT.NONE).setText("Profiles in the workspace:");
			profiles = new TableViewer(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
			profiles.getTable().setHeaderVisible(true);
			profiles.getTable().setLinesVisible(true);
			column("Profile", 220, f -> f.getName());
			column("Folder", 320, f -> f.getParent().getFullPath().makeRelative().toString());
			profiles.setContentProvider(ArrayContentProvider.getInstance());
			GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(profiles.getControl());
			files = WorkspaceProfiles.under(ResourcesPlugin.getWorkspace().getRoot());
			profiles.setInput(files);
			IFile chosen = initial != null && files.contains(initial) ? initial : files.size() == 1 ? files.get(0) : null;
			if (chosen != null) {
				profiles.setSelection(new StructuredSelection(chosen), true);
			}
			profiles.addSelectionChangedListener(e -> {
				setErrorMessage(null);
				followProfile();
				describe();
			});
			profiles.addDoubleClickListener(e -> {
				if (canFlipToNextPage()) {
					getContainer().showPage(getNextPage());
				}
			});
			setControl(page);
			describe();
		}

		private interface Cell {
			String text(IFile file);
		}

		private void column(String name, int width, Cell cell) {
			TableViewerColumn column = new TableViewerColumn(profiles, SWT.LEFT);
			column.getColumn().setText(name);
			column.getColumn().setWidth(width);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return cell.text((IFile) element);
				}
			});
		}

		private void describe() {
			if (files.isEmpty()) {
				setMessage("The workspace has no .profile file. Create one with File > New > Profile first, or go on: the plan"
						+ " then refers to no profile, and you can set it in the plan editor.", IMessageProvider.WARNING);
			} else if (profile() == null) {
				setMessage("No profile chosen: the plan will refer to no profile; you can set it in the plan editor.",
						IMessageProvider.WARNING);
			} else {
				setMessage(null); // the page's description says what the plan takes from the profile
			}
		}

		/** Puts the plan beside the chosen profile, named after it, unless that was changed on the file page. */
		void followProfile() {
			IFile profile = profile();
			if (profile == null || filePage == null || filePage.getControl() == null) {
				return;
			}
			IPath folder = filePage.getContainerFullPath();
			String name = filePage.getFileName();
			boolean untouched = (proposedFolder == null || proposedFolder.equals(folder))
					&& (proposedName == null ? ("new.plan".equals(name)) : proposedName.equals(name));
			if (!untouched) {
				return;
			}
			proposedFolder = selectedFolder != null ? selectedFolder : profile.getParent().getFullPath();
			String base = profile.getName().substring(0, profile.getName().length() - ".profile".length());
			String candidate = base + "-plan.plan";
			for (int n = 2; ResourcesPlugin.getWorkspace().getRoot().getFile(proposedFolder.append(candidate)).exists(); n++) {
				candidate = base + "-plan-" + n + ".plan";
			}
			proposedName = candidate;
			filePage.setContainerFullPath(proposedFolder);
			filePage.setFileName(proposedName);
		}

		/** The chosen profile, or null. */
		public IFile profile() {
			if (profiles == null || profiles.getControl().isDisposed()) {
				return initial;
			}
			Object chosen = profiles.getStructuredSelection().getFirstElement();
			return chosen instanceof IFile file ? file : null;
		}

		/** The list of profiles. */
		public TableViewer profilesField() {
			return profiles;
		}
	}
}
