/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dev.upskill.core.gap.TrustOrder;
import dev.upskill.core.progress.BurnUp;
import dev.upskill.core.progress.Progress;
import dev.upskill.model.AssessmentSource;
import dev.upskill.model.LearningPlan;
import dev.upskill.model.Profile;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.Reasons;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.editors.PlanEditor;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.gap.ProfileInput;
import dev.upskill.ui.internal.gap.ProfileTracker;
import dev.upskill.ui.internal.jobs.LatestResult;

/**
 * The Learning Progress view: for the profile selected or edited, the level history of its
 * skills, its fit to each target role over time and the burn-up of its plan with the forecast
 * finish ({@link Progress}). The plan is the one open in a plan editor for the profile (unsaved
 * edits included), else the most recently changed plan file beside the profile that is for it. It
 * computes in a Job and computes again when the profile or the plan changes: saved, or edited in
 * an editor, so logging learning moves the forecast at once.
 */
public class ProgressView extends ViewPart {

	public static final String ID = "dev.upskill.ui.views.progress";

	/** What the view shows: the progress and where it comes from, or why there is none. */
	public record Shown(IFile profileFile, Progress progress, IFile planFile, String problem) {
	}

	private Label header;
	private Label forecast;
	private ProgressCharts charts;
	private ProfileTracker tracker;
	private AllFrameworks frameworks;
	private LatestResult<Shown> computing;
	private Shown shown;
	/** The profile file followed, or null. */
	private volatile IFile followed;
	private PlanEditor watchedPlan;
	private CommandStack watchedStack;
	private final CommandStackListener planEdited = event -> later(this::recompute);
	private final IResourceChangeListener planFiles = this::resourcesChanged;
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof PlanEditor editor) {
				// the editor reads its file in a Job: follow its model once it is read
				editor.afterRead(() -> later(ProgressView.this::recompute));
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == watchedPlan) {
				later(ProgressView.this::recompute);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		header = new Label(parent, SWT.NONE);
		header.setText("Select a .profile file (or open its plan) to see its progress.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		forecast = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(forecast);
		Composite sources = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(9).spacing(4, 0).applyTo(sources);
		new Label(sources, SWT.NONE).setText("Markers:");
		legend(sources, "self", AssessmentSource.SELF);
		legend(sources, "peer", AssessmentSource.PEER);
		legend(sources, "manager", AssessmentSource.MANAGER);
		legend(sources, "evidence or test", AssessmentSource.EVIDENCE);
		SashForm rows = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
		SashForm top = new SashForm(rows, SWT.HORIZONTAL);
		charts = new ProgressCharts(top, top, rows);
		top.setWeights(55, 45);
		rows.setWeights(50, 50);

		Action json = new Action("Export to JSON...") {
			@Override
			public void run() {
				export("*.json");
			}
		};
		Action csv = new Action("Export Burn-up to CSV...") {
			@Override
			public void run() {
				export("*.csv");
			}
		};
		getViewSite().getActionBars().getMenuManager().add(json);
		getViewSite().getActionBars().getMenuManager().add(csv);

		frameworks = AllFrameworks.of(getSite());
		computing = new LatestResult<>(header, ProgressView.class);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(planFiles, IResourceChangeEvent.POST_CHANGE);
		getSite().getPage().addPartListener(editors);
		// The tracker may call back from its constructor (a profile already selected): keep the file it gives.
		tracker = new ProfileTracker(getViewSite(), header, file -> {
			followed = file;
			recompute();
		});
		tracker.onEdited(profile -> recompute());
	}

	/** A marker's colour and what it means: an image, as the theme gives labels in views the view's background. */
	private static void legend(Composite parent, String text, AssessmentSource source) {
		Image swatch = new Image(parent.getDisplay(), 12, 12);
		GC gc = new GC(swatch);
		gc.setBackground(parent.getBackground());
		gc.fillRectangle(0, 0, 12, 12);
		gc.setAntialias(SWT.ON);
		gc.setBackground(ProgressCharts.sourceColor(parent.getDisplay(), source));
		gc.fillOval(1, 1, 10, 10);
		gc.dispose();
		Label label = new Label(parent, SWT.NONE);
		label.setImage(swatch);
		label.addDisposeListener(e -> swatch.dispose());
		new Label(parent, SWT.NONE).setText(text);
	}

	/** Shows the progress of this profile file (and follows its changes). */
	public void setProfile(IFile file) {
		tracker.follow(file);
	}

	/** What the view shows, or null before the first result (for tests). */
	public Shown shown() {
		return shown;
	}

	/** The progress shown, or null (for tests). */
	public Progress progress() {
		return shown == null ? null : shown.progress();
	}

	/** Whether a computation is under way. */
	public boolean computing() {
		return computing.running();
	}

	/** The header's text: person, profile file and plan (for tests). */
	public String headerText() {
		return header.getText() + "\n" + forecast.getText();
	}

	/** The charts, for tests: level history, fit over time, burn-up. */
	public List<Chart> charts() {
		return List.of(charts.history(), charts.fit(), charts.burnUp());
	}

	private void later(Runnable runnable) {
		if (!header.isDisposed()) {
			header.getDisplay().asyncExec(() -> {
				if (!header.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	/**
	 * Computes again for the profile followed: takes the profile's and the plan's unsaved edits on
	 * the UI thread (their editors' models), then reads and computes in a Job.
	 */
	private void recompute() {
		IFile file = followed;
		if (file == null) {
			return;
		}
		byte[] profileBytes = unsavedProfile(file);
		PlanEditor planEditor = planEditorFor(file);
		watch(planEditor);
		IFile planFile = planEditor == null ? null : planEditor.getFile();
		byte[] planBytes = null;
		if (planEditor != null) {
			try {
				planBytes = save(planEditor.plan().eResource());
			} catch (IOException | RuntimeException e) {
				planEditor = null;
				planFile = null;
			}
		}
		List<IFile> candidates = planFile != null ? List.of(planFile) : planFilesBeside(file);
		byte[] plan = planBytes;
		header.setText("Computing the progress of " + file.getName() + "...");
		header.getParent().layout(true, true);
		LocalDate today = LocalDate.now();
		computing.start("Computing the progress of " + file.getName(),
				monitor -> compute(file, profileBytes, candidates, plan, today, monitor), this::show,
				failure -> {
					header.setText(file.getName() + ": the progress cannot be computed: " + Reasons.words(failure));
					header.getParent().layout(true, true);
				});
	}

	private Shown compute(IFile file, byte[] profileBytes, List<IFile> plans, byte[] planBytes, LocalDate today,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Computing the progress of " + file.getName(), 3);
		ProfileInput.Loaded loaded = profileBytes != null ? ProfileInput.load(file, profileBytes, frameworks, progress.split(1))
				: ProfileInput.load(file, frameworks, progress.split(1));
		if (loaded.context() == null) {
			return new Shown(file, null, null, file.getName() + " cannot be read: "
					+ loaded.problems().stream().findFirst().map(Problem::toString).orElse("unknown reason"));
		}
		Profile profile = loaded.context().profile();
		ResourceSet resourceSet = profile.eResource().getResourceSet();
		LearningPlan plan = null;
		IFile planFile = null;
		for (IFile candidate : plans) {
			progress.checkCanceled();
			LearningPlan read = readPlan(resourceSet, candidate, planBytes);
			if (read != null && read.getProfile() == profile) {
				plan = read;
				planFile = candidate;
				break;
			}
		}
		progress.worked(1);
		String problem = null;
		Progress result;
		try {
			result = Progress.of(profile, Progress.targetRoles(profile), plan, TrustOrder.preferred(), today);
		} catch (IllegalArgumentException e) {
			problem = (planFile == null ? "the plan" : planFile.getName()) + ": " + Reasons.words(e);
			result = Progress.of(profile, Progress.targetRoles(profile), null, TrustOrder.preferred(), today);
			planFile = null;
		}
		progress.worked(1);
		return new Shown(file, result, planFile, problem);
	}

	private static LearningPlan readPlan(ResourceSet resourceSet, IFile file, byte[] unsaved) {
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		if (unsaved != null) {
			Resource resource = resourceSet.createResource(uri);
			try {
				resource.load(new ByteArrayInputStream(unsaved), null);
			} catch (IOException | RuntimeException e) {
				return null;
			}
			return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof LearningPlan plan) ? null : plan;
		}
		ModelFile loaded = ModelFile.load(resourceSet, uri, file.getFullPath().toString());
		return loaded.loaded() && loaded.resource().getContents().get(0) instanceof LearningPlan plan ? plan : null;
	}

	private void show(Shown result) {
		shown = result;
		if (result.progress() == null) {
			header.setText(result.problem());
			forecast.setText("");
			charts.show(null);
			header.getParent().layout(true, true);
			return;
		}
		Progress progress = result.progress();
		String person = progress.profile().getPerson() != null ? progress.profile().getPerson() : progress.profile().getName();
		BurnUp burnUp = progress.burnUp();
		header.setText(person + " (" + result.profileFile().getName() + ")" + (burnUp == null ? ": no plan"
				: ", plan " + result.planFile().getName() + ": week " + burnUp.currentWeek() + ", " + hours(burnUp.loggedHours())
						+ " of " + hours(burnUp.plannedHours()) + " h logged, " + burnUp.stepsDone() + " of " + burnUp.steps()
						+ " steps done"));
		header.setToolTipText(result.profileFile().getFullPath() + (result.planFile() == null ? "" : "\n" + result.planFile().getFullPath()));
		forecast.setText(result.problem() != null ? result.problem() : burnUp == null ? "" : "Forecast: " + burnUp.forecastText());
		charts.show(progress);
		header.getParent().layout(true, true);
	}

	/** Asks where to export the progress shown, and writes it in a Job. */
	private void export(String extension) {
		Shown result = shown;
		if (result == null || result.progress() == null) {
			MessageDialog.openInformation(getSite().getShell(), "Export", "Select a profile first: there is no progress to export.");
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension });
		String base = result.profileFile().getName().replaceFirst("\\.profile$", "");
		dialog.setFileName(base + (extension.equals("*.json") ? "-progress.json" : result.planFile() == null ? "-fit.csv" : "-burn-up.csv"));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			new ProgressExport(result.progress(), result.profileFile().getName(),
					result.planFile() == null ? null : result.planFile().getName(), Paths.get(chosen)).schedule();
		}
	}

	private static String hours(double hours) {
		double rounded = Math.round(hours * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
	}

	/** The profile editor's model, saved to bytes, when it has unsaved edits; else null (the file is read). */
	private byte[] unsavedProfile(IFile file) {
		for (IEditorReference ref : getSite().getPage().getEditorReferences()) {
			IEditorPart editor = ref.getEditor(false);
			if (editor instanceof ModelEditor model && editor.isDirty() && file.equals(model.getFile())
					&& model.isReadable()) {
				var resources = model.getEditingDomain().getResourceSet().getResources();
				if (!resources.isEmpty() && !resources.get(0).getContents().isEmpty()
						&& resources.get(0).getContents().get(0) instanceof Profile profile) {
					try {
						return ProfileInput.unsaved(profile);
					} catch (IOException | RuntimeException e) {
						return null;
					}
				}
			}
		}
		return null;
	}

	/** The open plan editor whose plan is for this profile: the active one first. */
	private PlanEditor planEditorFor(IFile profile) {
		List<PlanEditor> found = new ArrayList<>();
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active instanceof PlanEditor editor) {
			found.add(editor);
		}
		for (IEditorReference ref : getSite().getPage().getEditorReferences()) {
			if (ref.getEditor(false) instanceof PlanEditor editor && !found.contains(editor)) {
				found.add(editor);
			}
		}
		for (PlanEditor editor : found) {
			if (editor.isReadable() && editor.plan() != null && profile.equals(ProfileInput.fileOf(editor.plan()))) {
				return editor;
			}
		}
		return null;
	}

	/**
	 * The plan files beside the profile, the most recently changed first (the one worked on last;
	 * which of them are for the profile is known once they are read).
	 */
	private static List<IFile> planFilesBeside(IFile profile) {
		List<IFile> plans = new ArrayList<>();
		IContainer folder = profile.getParent();
		try {
			for (IResource member : folder.members()) {
				if (member instanceof IFile candidate && "plan".equals(candidate.getFileExtension())) {
					plans.add(candidate);
				}
			}
		} catch (CoreException e) {
			return List.of();
		}
		plans.sort(Comparator.comparingLong(IFile::getLocalTimeStamp).reversed().thenComparing(IFile::getName));
		return plans;
	}

	private void watch(PlanEditor editor) {
		if (editor == watchedPlan) {
			return;
		}
		if (watchedStack != null) {
			watchedStack.removeCommandStackListener(planEdited);
		}
		watchedPlan = editor;
		watchedStack = editor == null ? null : editor.getEditingDomain().getCommandStack();
		if (watchedStack != null) {
			watchedStack.addCommandStackListener(planEdited);
		}
	}

	/** A plan file beside the profile followed changed on disk (saved, added, removed): compute again. */
	private void resourcesChanged(IResourceChangeEvent event) {
		IFile profile = followed;
		if (profile == null || event.getDelta() == null) {
			return;
		}
		IResourceDelta folder = event.getDelta().findMember(profile.getParent().getFullPath());
		if (folder == null) {
			return;
		}
		for (IResourceDelta child : folder.getAffectedChildren()) {
			if (child.getResource() instanceof IFile changed && "plan".equals(changed.getFileExtension())
					&& !((child.getFlags() & IResourceDelta.MARKERS) != 0 && child.getFlags() == IResourceDelta.MARKERS)) {
				later(this::recompute);
				return;
			}
		}
	}

	private static byte[] save(Resource resource) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
		resource.save(buffer, UpskillResource.saveOptions());
		return buffer.toByteArray();
	}

	@Override
	public void setFocus() {
		header.setFocus();
	}

	@Override
	public void dispose() {
		if (computing != null) {
			computing.cancel();
		}
		watch(null);
		if (tracker != null) {
			tracker.dispose();
		}
		getSite().getPage().removePartListener(editors);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(planFiles);
		super.dispose();
	}
}
