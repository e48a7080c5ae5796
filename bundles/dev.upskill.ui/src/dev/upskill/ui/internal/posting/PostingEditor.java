/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.posting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.posting.CvCheck;
import dev.upskill.core.posting.Demand;
import dev.upskill.core.posting.MatchedSkill;
import dev.upskill.core.posting.Occurrence;
import dev.upskill.core.posting.PostingMatch;
import dev.upskill.core.posting.PostingText;
import dev.upskill.core.posting.SkillMatcher;
import dev.upskill.core.table.PostingTable.Row;
import dev.upskill.model.Skill;
import dev.upskill.model.validation.Reasons;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.frameworks.AllFrameworks.Snapshot;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks.Loaded;
import dev.upskill.ui.internal.jobs.LatestResult;
import dev.upskill.ui.internal.wizards.WorkspaceProfiles;
import dev.upskill.ui.internal.wizards.plan.GeneratePlanWizard;
import dev.upskill.ui.internal.wizards.plan.ProfileSource;

/**
 * The Job Posting editor: the posting's text (a text editor: undo, redo, dirty state and saving
 * as plain text), with the skills of the installed and workspace frameworks highlighted where the
 * posting names them (required, nice to have and only mentioned in their own colours; the hover
 * says the skill, its framework, how the posting asks for it and the person's level and gap); a
 * side grid of the skills with the gap against the chosen profile (the rows of the one posting
 * table the command line prints too); and Create Role..., Check CV... and Generate Plan....
 * <p>
 * The matcher is built once per set of frameworks, in a Job, and built again when plug-ins or the
 * workspace's framework files change. After each pause in typing ({@link #DELAY} ms) the whole text
 * is matched again in a Job that cancels the one before; its result is shown only when the
 * document has not changed since its text was taken (its modification stamp).
 */
public final class PostingEditor extends TextEditor {

	public static final String ID = "dev.upskill.ui.editors.posting";
	/** The annotation types of the places found, by how the posting asks for the skill there. */
	public static final String REQUIRED = "dev.upskill.ui.posting.required";
	public static final String NICE_TO_HAVE = "dev.upskill.ui.posting.nice";
	public static final String MENTIONED = "dev.upskill.ui.posting.mentioned";
	/** The family of the editor's Jobs (the matcher, the profile, matching, the CV, writing a role). */
	public static final Object FAMILY = PostingEditor.class;
	/** How long a pause in typing lasts before the text is matched again, in milliseconds. */
	public static final int DELAY = 300;
	/** The profile chosen for a posting file (its workspace path), kept with the file. */
	public static final QualifiedName PROFILE = new QualifiedName("dev.upskill.ui", "posting.profile");
	/** The frameworks left out of the matching for a posting file (their ids, comma-separated), kept with the file. */
	public static final QualifiedName LEFT_OUT = new QualifiedName("dev.upskill.ui", "posting.leftOutFrameworks");
	/** The role last made of a posting file ({@code framework#role}), for Generate Plan. */
	public static final QualifiedName ROLE = new QualifiedName("dev.upskill.ui", "posting.role");

	/** Asks and tells the person things; tests answer instead. */
	public interface Prompter {
		boolean ask(String title, String question);

		void tell(String title, String message);
	}

	private AllFrameworks frameworks;
	private final Runnable frameworksChanged = () -> Display.getDefault().asyncExec(this::buildMatcher);
	private LatestResult<Matching> matcherJobs;
	private LatestResult<PostingProfile> profileJobs;
	private LatestResult<PostingAnalysis> matchJobs;
	private volatile Matching matching;
	private PostingProfile profile;
	private IFile profileFile;
	private boolean profileLoading;
	private volatile PostingAnalysis shown;
	private boolean timerPending;
	private final Runnable matchTimer = () -> {
		timerPending = false;
		startMatch();
	};
	private Annotation[] annotations = new Annotation[0];
	private volatile IDocument listened;
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// matched after the change
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			scheduleMatch(DELAY);
		}
	};

	private Combo profileCombo;
	private final List<IFile> profileFiles = new ArrayList<>();
	private Label frameworksLabel;
	private Set<String> leftOut = new LinkedHashSet<>();
	private Label summary;
	private Button createRoleButton;
	private Button checkCvButton;
	private Button generatePlanButton;
	private PostingGrid grid;
	private Prompter prompter = new Prompter() {
		@Override
		public boolean ask(String title, String question) {
			return MessageDialog.openQuestion(getSite().getShell(), title, question);
		}

		@Override
		public void tell(String title, String message) {
			MessageDialog.openInformation(getSite().getShell(), title, message);
		}
	};
	private boolean dialogsBlock = true;
	private CreateRoleDialog roleDialog;
	private CvCheckDialog cvDialog;
	private String cvFailure;
	/** Why the chosen profile could not be read, or null. */
	private String profileProblem;

	/** The matcher of a set of frameworks, and the frameworks it was built from. */
	record Matching(Snapshot snapshot, SkillMatcher matcher) {
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new Configuration(getPreferenceStore()));
	}

	/** The text viewer's configuration: the posting hover, and no spelling reconciler (a posting is not prose to correct). */
	private final class Configuration extends TextSourceViewerConfiguration {
		Configuration(IPreferenceStore store) {
			super(store);
		}

		@Override
		public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
			return new ITextHover() {
				@Override
				public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
					return hoverRegion == null ? null : hoverText(hoverRegion.getOffset());
				}

				@Override
				public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
					PostingAnalysis analysis = shown;
					// the places of an older text would point beside the words: no hover until matched again
					return analysis == null || analysis.stamp() != stamp(listened) ? null
							: analysis.at(offset).map(f -> (IRegion) new Region(f.occurrence().start(),
									f.occurrence().end() - f.occurrence().start())).orElse(null);
				}
			};
		}

		@Override
		public IReconciler getReconciler(ISourceViewer sourceViewer) {
			return null;
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(root);

		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(6).margins(6, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Compare with profile:");
		profileCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(profileCombo);
		profileCombo.addListener(SWT.Selection, e -> profileChosen());
		new Label(bar, SWT.NONE); // the space between the profile and the buttons
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar.getChildren()[bar.getChildren().length - 1]);
		createRoleButton = button(bar, "Create Role...", "Write a role made of the posting's skills into a framework file of the workspace",
				this::createRole);
		checkCvButton = button(bar, "Check CV...", "Which of the posting's skills does a CV not name?", this::checkCv);
		generatePlanButton = button(bar, "Generate Plan...",
				"Plan the learning towards the role made of this posting, for the chosen profile", this::generatePlan);

		Composite frameworksLine = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 0).applyTo(frameworksLine);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(frameworksLine);
		frameworksLabel = new Label(frameworksLine, SWT.NONE);
		frameworksLabel.setText("Preparing the frameworks' skills...");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(frameworksLabel);
		button(frameworksLine, "Frameworks...", "Choose the frameworks whose skills the posting is matched against", this::chooseFrameworks);
		summary = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(summary);

		SashForm sash = new SashForm(root, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite text = new Composite(sash, SWT.NONE);
		text.setLayout(new FillLayout());
		super.createPartControl(text);
		Composite side = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(side);
		Label sideTitle = new Label(side, SWT.NONE);
		sideTitle.setText("Skills the posting names (click one to show where)");
		grid = new PostingGrid(side, this::reveal);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
		sash.setWeights(56, 44);

		matcherJobs = new LatestResult<>(root, FAMILY);
		profileJobs = new LatestResult<>(root, FAMILY);
		matchJobs = new LatestResult<>(root, FAMILY);

		ISourceViewer viewer = getSourceViewer();
		viewer.addTextInputListener(new ITextInputListener() {
			@Override
			public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
				listen(null);
			}

			@Override
			public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
				listen(newInput);
				scheduleMatch(0);
			}
		});
		listen(viewer.getDocument());

		leftOut = new LinkedHashSet<>(leftOutOfFile());
		frameworks = AllFrameworks.of(getSite());
		frameworks.addChangeListener(frameworksChanged);
		fillProfiles();
		buildMatcher();
		updateButtons();
	}

	private static Button button(Composite parent, String text, String tooltip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tooltip);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void listen(IDocument document) {
		if (listened != null) {
			listened.removeDocumentListener(documentListener);
		}
		listened = document;
		if (document != null) {
			document.addDocumentListener(documentListener);
		}
	}

	/** The posting's file in the workspace, or null when it is opened from elsewhere. */
	public IFile getFile() {
		IEditorInput input = getEditorInput();
		return input instanceof IFileEditorInput file ? file.getFile() : null;
	}

	private IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp() : -1;
	}

	// --- frameworks and matcher ---

	/** Reads the frameworks and builds their matcher in a Job; the text is matched again when it is ready. */
	private void buildMatcher() {
		if (matcherJobs == null || frameworksLabel.isDisposed()) {
			return;
		}
		AllFrameworks all = frameworks;
		Set<String> left = Set.copyOf(leftOut);
		matcherJobs.start("Preparing the skills of the frameworks for " + getPartName(), monitor -> {
			Snapshot snapshot = all.read(monitor);
			List<Skill> skills = new ArrayList<>();
			snapshot.frameworks().stream().filter(f -> !left.contains(f.id())).forEach(f -> skills.addAll(f.skills()));
			return new Matching(snapshot, SkillMatcher.ofSkills(skills));
		}, ready -> {
			matching = ready;
			List<RegisteredFramework> used = ready.snapshot().frameworks().stream().filter(f -> !left.contains(f.id())).toList();
			int out = ready.snapshot().frameworks().size() - used.size();
			frameworksLabel.setText("Finds the skills of " + (used.isEmpty() ? "no framework" : used.stream().map(ready.snapshot()::label)
					.collect(Collectors.joining(", "))) + " (" + ready.matcher().skills().size() + " skills)"
					+ (out == 0 ? "" : "; " + out + (out == 1 ? " framework" : " frameworks") + " left out"));
			frameworksLabel.setToolTipText(frameworksLabel.getText());
			frameworksLabel.getParent().layout();
			scheduleMatch(0);
		}, failure -> frameworksLabel.setText("The frameworks could not be read: " + Reasons.words(failure)));
	}

	/** The ids of the frameworks left out for this posting (kept with the file; new frameworks are in by default). */
	private Set<String> leftOutOfFile() {
		IFile file = getFile();
		try {
			String kept = file == null || !file.exists() ? null : file.getPersistentProperty(LEFT_OUT);
			return kept == null || kept.isBlank() ? Set.of() : new LinkedHashSet<>(List.of(kept.split(",")));
		} catch (CoreException e) {
			return Set.of();
		}
	}

	/** Frameworks...: which of the frameworks the posting is matched against. */
	private void chooseFrameworks() {
		Matching ready = matching;
		if (ready == null) {
			return;
		}
		List<RegisteredFramework> all = ready.snapshot().frameworks();
		ListSelectionDialog dialog = ListSelectionDialog.of(all).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider() {
					@Override
					public String getText(Object element) {
						RegisteredFramework framework = (RegisteredFramework) element;
						return ready.snapshot().label(framework) + "  [" + framework.id() + ", " + framework.skills().size() + " skills]";
					}
				}).message("The posting is matched against the skills of the frameworks checked:")
				.preselect(all.stream().filter(f -> !leftOut.contains(f.id())).toArray()).create(getSite().getShell());
		dialog.setTitle("Frameworks of " + getPartName());
		if (dialog.open() == Window.OK) {
			Set<Object> kept = Set.of(dialog.getResult());
			setLeftOutFrameworks(all.stream().filter(f -> !kept.contains(f)).map(RegisteredFramework::id)
					.collect(Collectors.toCollection(LinkedHashSet::new)));
		}
	}

	/** Leaves these frameworks (by id) out of the matching, kept with the file; the empty set for all. */
	public void setLeftOutFrameworks(Set<String> ids) {
		leftOut = new LinkedHashSet<>(ids);
		IFile file = getFile();
		if (file != null && file.exists()) {
			try {
				file.setPersistentProperty(LEFT_OUT, ids.isEmpty() ? null : String.join(",", ids));
			} catch (CoreException e) {
				ILog.of(PostingEditor.class).warn("Keeping the frameworks chosen for " + file.getName() + ": " + e.getMessage(), e);
			}
		}
		buildMatcher();
	}

	/** The ids of the frameworks left out. */
	public Set<String> leftOutFrameworks() {
		return Set.copyOf(leftOut);
	}

	// --- profile ---

	private void fillProfiles() {
		profileFiles.clear();
		profileFiles.addAll(WorkspaceProfiles.under(ResourcesPlugin.getWorkspace().getRoot()));
		List<String> items = new ArrayList<>();
		items.add("(none: the skills only)");
		profileFiles.forEach(f -> items.add(f.getFullPath().makeRelative().toString()));
		profileCombo.setItems(items.toArray(String[]::new));
		IFile chosen = rememberedProfile();
		int index = chosen == null ? -1 : profileFiles.indexOf(chosen);
		profileCombo.select(index + 1);
		profileFile = index < 0 ? null : chosen;
		loadProfile();
	}

	/** The profile kept with the file; else the first in the posting's folder; else none. */
	private IFile rememberedProfile() {
		IFile file = getFile();
		if (file == null) {
			return null;
		}
		try {
			String kept = file.getPersistentProperty(PROFILE);
			if (kept != null) {
				if (kept.isEmpty()) {
					return null; // "(none)" was chosen
				}
				IFile profileOf = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(kept));
				return profileFiles.contains(profileOf) ? profileOf : null;
			}
		} catch (CoreException e) {
			ILog.of(PostingEditor.class).warn("Reading the profile chosen for " + file.getName() + ": " + e.getMessage(), e);
		}
		return profileFiles.stream().filter(p -> p.getParent().equals(file.getParent())).findFirst().orElse(null);
	}

	private void profileChosen() {
		int index = profileCombo.getSelectionIndex();
		profileFile = index <= 0 || index > profileFiles.size() ? null : profileFiles.get(index - 1);
		IFile file = getFile();
		if (file != null && file.exists()) {
			try {
				file.setPersistentProperty(PROFILE, profileFile == null ? "" : profileFile.getFullPath().toPortableString());
			} catch (CoreException e) {
				ILog.of(PostingEditor.class).warn("Keeping the profile chosen for " + file.getName() + ": " + e.getMessage(), e);
			}
		}
		loadProfile();
	}

	/** Chooses the profile to compare with (null for none), as picking it in the list does. */
	public void chooseProfile(IFile file) {
		int index = file == null ? -1 : profileFiles.indexOf(file);
		if (file != null && index < 0) {
			fillProfiles();
			index = profileFiles.indexOf(file);
		}
		profileCombo.select(index + 1);
		profileChosen();
	}

	private void loadProfile() {
		IFile file = profileFile;
		if (file == null) {
			profileJobs.cancel();
			profileLoading = false;
			profile = null;
			profileProblem = null;
			scheduleMatch(0);
			updateButtons();
			return;
		}
		ProfileSource source = ProfileSource.of(file, getSite().getPage());
		profileLoading = true;
		profileProblem = null;
		profileJobs.start("Reading " + file.getName(), monitor -> PostingProfile.of(file, source.read()), read -> {
			profileLoading = false;
			profile = read;
			scheduleMatch(0);
			updateButtons();
		}, failure -> {
			profileLoading = false;
			profile = null;
			// the reason names the file; it stays in the summary while that profile is chosen
			profileProblem = "The profile " + Reasons.words(failure);
			summary.setText(profileProblem);
			scheduleMatch(0);
			updateButtons();
		});
	}

	/** The profile compared with, or null. */
	public IFile profileFile() {
		return profileFile;
	}

	// --- matching ---

	private void scheduleMatch(int delay) {
		if (matchJobs == null || summary.isDisposed()) {
			return;
		}
		Display display = summary.getDisplay();
		display.timerExec(-1, matchTimer);
		timerPending = true;
		if (delay <= 0) {
			display.asyncExec(() -> {
				if (timerPending && !summary.isDisposed()) {
					display.timerExec(-1, matchTimer);
					matchTimer.run();
				}
			});
		} else {
			display.timerExec(delay, matchTimer);
		}
	}

	private void startMatch() {
		Matching ready = matching;
		IDocument document = document();
		if (ready == null || document == null || summary.isDisposed() || profileLoading) {
			return; // matched when the matcher or the profile is ready
		}
		long stamp = stamp(document);
		String text = document.get();
		PostingProfile against = profile;
		String name = "Job posting " + getPartName();
		matchJobs.start("Finding skills in " + getPartName(), monitor -> PostingAnalysis.of(stamp, text, ready.matcher(), against, name,
				monitor), analysis -> {
					if (analysis.stamp() == stamp(document()) && analysis.profile() == profile) {
						show(analysis);
					}
				}, failure -> summary.setText("The posting could not be matched: " + Reasons.words(failure)));
	}

	/** Whether what the editor shows is the analysis of the text as it is now, with the chosen profile. */
	public boolean isAnalysisCurrent() {
		PostingAnalysis analysis = shown;
		return analysis != null && !timerPending && !profileLoading && matching != null && !matchJobs.running()
				&& !matcherJobs.running() && analysis.stamp() == stamp(document()) && analysis.profile() == profile;
	}

	private void show(PostingAnalysis analysis) {
		shown = analysis;
		highlight(analysis.match());
		grid.show(analysis.rows());
		summary.setText(summaryOf(analysis) + (profileProblem == null ? "" : " " + profileProblem));
		summary.getParent().layout();
		updateButtons();
	}

	private static String summaryOf(PostingAnalysis analysis) {
		List<MatchedSkill> skills = analysis.match().skills();
		long required = skills.stream().filter(s -> s.demand() == Demand.REQUIRED).count();
		long nice = skills.stream().filter(s -> s.demand() == Demand.NICE_TO_HAVE).count();
		StringBuilder text = new StringBuilder().append(skills.size()).append(skills.size() == 1 ? " skill" : " skills").append(": ")
				.append(required).append(" required, ").append(nice).append(" nice to have, ").append(skills.size() - required - nice)
				.append(" only mentioned.");
		if (analysis.fit() != null) {
			text.append(String.format(" %s: fit %.1f of 100 (each skill asked at the middle of its scale).", analysis.profile().person(),
					analysis.fit().fit().roundedScore()));
		}
		if (!analysis.match().unknownPhrases().isEmpty()) {
			text.append(" Repeated, unknown to the frameworks: ").append(analysis.match().unknownPhrases().stream().limit(5)
					.map(p -> p.phrase().replaceAll("\\s+", " ")).collect(Collectors.joining(", "))).append('.');
		}
		return text.toString();
	}

	/** Replaces the highlights with the places of this match, coloured by how the posting asks for the skill there. */
	private void highlight(PostingMatch match) {
		IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (MatchedSkill skill : match.skills()) {
			for (Occurrence occurrence : skill.occurrences()) {
				Annotation annotation = new Annotation(typeOf(occurrence.demand()), false, skill.name() + " (" + occurrence.demand().label() + ")");
				added.put(annotation, new Position(occurrence.start(), occurrence.end() - occurrence.start()));
			}
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(annotations, added);
		} else {
			for (Annotation old : annotations) {
				model.removeAnnotation(old);
			}
			added.forEach(model::addAnnotation);
		}
		annotations = added.keySet().toArray(Annotation[]::new);
	}

	private static String typeOf(Demand demand) {
		return switch (demand) {
			case REQUIRED -> REQUIRED;
			case NICE_TO_HAVE -> NICE_TO_HAVE;
			case MENTIONED -> MENTIONED;
		};
	}

	/** A place highlighted in the text. */
	public record Highlight(int start, int end, String type) {
	}

	/** The places highlighted now, by offset. */
	public List<Highlight> highlights() {
		List<Highlight> found = new ArrayList<>();
		IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			String type = annotation.getType();
			if (type.equals(REQUIRED) || type.equals(NICE_TO_HAVE) || type.equals(MENTIONED)) {
				Position position = model.getPosition(annotation);
				found.add(new Highlight(position.getOffset(), position.getOffset() + position.getLength(), type));
			}
		}
		found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
				: a.end() != b.end() ? Integer.compare(a.end(), b.end()) : a.type().compareTo(b.type()));
		return found;
	}

	/** The type of highlight of a place found with this demand. */
	public static String highlightType(Demand demand) {
		return typeOf(demand);
	}

	/** What the hover shows over an offset of the text, or null where no skill was found. */
	public String hoverText(int offset) {
		PostingAnalysis analysis = shown;
		if (analysis == null) {
			return null;
		}
		return analysis.at(offset).map(found -> {
			String text = analysis.describe(found.skill());
			Demand here = found.occurrence().demand();
			return here == found.skill().demand() ? text : text + "\nHere: " + here.label();
		}).orElse(null);
	}

	/** The match shown, or null before the first. */
	public PostingMatch match() {
		PostingAnalysis analysis = shown;
		return analysis == null ? null : analysis.match();
	}

	/** The side grid's rows as shown. */
	public List<Row> gridRows() {
		return grid.rows();
	}

	/** The text of a cell of the side grid (columns as shown, the first is the skill). */
	public String gridCell(int column, int row) {
		return grid.cell(column, row);
	}

	/** The side grid's column titles. */
	public List<String> gridTitles() {
		return grid.titles();
	}

	/** The workspace's framework files the matcher was built with. */
	public List<IFile> frameworkFiles() {
		Matching ready = matching;
		return ready == null ? List.of() : ready.snapshot().workspace().frameworks().stream().map(Loaded::file).toList();
	}

	/** The summary line above the text. */
	public String summaryText() {
		return summary.getText();
	}

	/** The widget the text is in. */
	public StyledText textWidget() {
		return getSourceViewer().getTextWidget();
	}

	private void reveal(Row row) {
		List<Occurrence> places = row.skill().occurrences();
		if (!places.isEmpty() && shown != null && shown.stamp() == stamp(document())) {
			selectAndReveal(places.get(0).start(), places.get(0).end() - places.get(0).start());
		}
	}

	private void updateButtons() {
		if (createRoleButton == null || createRoleButton.isDisposed()) {
			return;
		}
		boolean asked = shown != null && !shown.match().asked().isEmpty();
		createRoleButton.setEnabled(asked && matching != null);
		checkCvButton.setEnabled(shown != null && matching != null);
		generatePlanButton.setEnabled(profileFile != null && (asked || roleKey() != null));
	}

	// --- Create Role ---

	public void setPrompter(Prompter prompter) {
		this.prompter = prompter;
	}

	/** Whether the editor's dialogs block until closed (tests drive them without). */
	public void setDialogsBlock(boolean block) {
		this.dialogsBlock = block;
	}

	/** The Create Role dialog last opened, or null. */
	public CreateRoleDialog roleDialog() {
		return roleDialog;
	}

	/** Create Role...: the dialog, then the role written in a Job; with {@code thenPlan}, Generate Plan after. */
	public void createRole() {
		createRole(false);
	}

	private void createRole(boolean thenPlan) {
		PostingAnalysis analysis = shown;
		Matching ready = matching;
		if (analysis == null || ready == null || analysis.match().asked().isEmpty()) {
			prompter.tell("Create Role", "The posting asks for no skill the frameworks know, so there is no role to make of it yet.");
			return;
		}
		IFile posting = getFile();
		roleDialog = new CreateRoleDialog(getSite().getShell(), analysis.match().asked(), ready.snapshot(),
				posting == null ? null : posting.getParent(), baseName(), title(analysis.match().text()), getSite().getPage(),
				spec -> writeRole(spec, thenPlan));
		roleDialog.setBlockOnOpen(dialogsBlock);
		roleDialog.open();
	}

	/** The posting's first line (its title, without Markdown's #), else the file's name. */
	private String title(String text) {
		for (String line : text.split("\\R", 20)) {
			String title = line.replaceFirst("^#+", "").strip();
			if (!title.isEmpty()) {
				return title.length() > 100 ? title.substring(0, 100).strip() : title;
			}
		}
		return baseName();
	}

	private String baseName() {
		String name = getPartName();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private void writeRole(RoleSpec spec, boolean thenPlan) {
		FrameworkRegistry registry = frameworks.registry();
		LatestResult<String> writing = new LatestResult<>(summary, FAMILY);
		writing.start("Writing the role " + spec.roleId() + " to " + spec.file().getName(),
				monitor -> RoleWriter.write(spec, registry, monitor), key -> {
					IFile posting = getFile();
					if (posting != null && posting.exists()) {
						try {
							posting.setPersistentProperty(ROLE, key);
						} catch (CoreException e) {
							ILog.of(PostingEditor.class).warn("Keeping the role made of " + posting.getName() + ": " + e.getMessage(), e);
						}
					}
					lastRole = key;
					updateButtons();
					String where = spec.file().getFullPath().makeRelative().toString();
					if (profileFile != null && (thenPlan || prompter.ask("Role created", "The role '" + spec.roleName() + "' (" + spec.roleId()
							+ ") is written to " + where + ".\n\nGenerate a learning plan for " + profileFile.getName() + " towards it now?"))) {
						openPlanWizard(key);
					} else if (profileFile == null) {
						prompter.tell("Role created", "The role '" + spec.roleName() + "' (" + spec.roleId() + ") is written to " + where
								+ ". Choose a profile above, then Generate Plan plans the learning towards it.");
					}
				}, failure -> prompter.tell("Role not created", Reasons.words(failure)));
	}

	private String lastRole;

	/** The role made of this posting ({@code framework#role}), or null. */
	public String roleKey() {
		if (lastRole != null) {
			return lastRole;
		}
		IFile file = getFile();
		try {
			return file == null || !file.exists() ? null : file.getPersistentProperty(ROLE);
		} catch (CoreException e) {
			return null;
		}
	}

	// --- Generate Plan ---

	/** Generate Plan...: the plan wizard for the chosen profile towards the role made of the posting (made first when there is none). */
	public void generatePlan() {
		if (profileFile == null) {
			prompter.tell("Generate Plan", "Choose the profile to plan for in 'Compare with profile' first.");
			return;
		}
		String key = roleKey();
		if (key == null) {
			if (prompter.ask("Generate Plan", "The planner plans towards a role. Make a role of this posting's skills first"
					+ " (Create Role), then plan towards it?")) {
				createRole(true);
			}
			return;
		}
		openPlanWizard(key);
	}

	private GeneratePlanWizard planWizard;

	private void openPlanWizard(String roleKey) {
		planWizard = new GeneratePlanWizard(ProfileSource.of(profileFile, getSite().getPage()), List.of(roleKey), getSite().getPage());
		WizardDialog dialog = new WizardDialog(getSite().getShell(), planWizard);
		dialog.setPageSize(1100, 580);
		dialog.setBlockOnOpen(dialogsBlock);
		dialog.open();
	}

	/** The plan wizard last opened, or null. */
	public GeneratePlanWizard planWizard() {
		return planWizard;
	}

	// --- Check CV ---

	/** Check CV...: asks for a CV file (text, Markdown or HTML), then checks it. */
	public void checkCv() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText("Check a CV against " + getPartName());
		dialog.setFilterExtensions(new String[] { "*.txt;*.md;*.html;*.htm", "*" });
		dialog.setFilterNames(new String[] { "CVs as text, Markdown or HTML", "All files" });
		IFile posting = getFile();
		if (posting != null && posting.getParent().getLocation() != null) {
			dialog.setFilterPath(posting.getParent().getLocation().toOSString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			checkCv(Path.of(chosen));
		}
	}

	/** Reads and matches a CV in a Job, then shows what it does not name, in two groups when there is a profile. */
	public void checkCv(Path cv) {
		PostingAnalysis analysis = shown;
		Matching ready = matching;
		if (analysis == null || ready == null) {
			return;
		}
		cvFailure = null;
		LatestResult<CvCheck> checking = new LatestResult<>(summary, FAMILY);
		checking.start("Checking the CV " + cv.getFileName(), monitor -> {
			String text = PostingText.read(cv);
			return CvCheck.of(analysis.match(), ready.matcher().match(text, monitor), analysis.profile() == null ? null
					: analysis.profile().levels());
		}, check -> {
			cvDialog = new CvCheckDialog(getSite().getShell(), cv, getPartName(), analysis.profile() == null ? null
					: analysis.profile().person(), check);
			cvDialog.setBlockOnOpen(dialogsBlock);
			cvDialog.open();
		}, failure -> {
			cvFailure = Reasons.words(failure);
			prompter.tell("CV not checked", cvFailure);
		});
	}

	/** The CV check dialog last opened, or null. */
	public CvCheckDialog cvDialog() {
		return cvDialog;
	}

	@Override
	public void dispose() {
		if (frameworks != null) {
			frameworks.removeChangeListener(frameworksChanged);
		}
		if (matchJobs != null) {
			matchJobs.cancel();
			matcherJobs.cancel();
			profileJobs.cancel();
		}
		if (summary != null && !summary.isDisposed()) {
			summary.getDisplay().timerExec(-1, matchTimer);
		}
		listen(null);
		// the file's annotation model is shared with any other editor open on it: take the highlights away
		IAnnotationModel model = getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
		if (model instanceof IAnnotationModelExtension extension && annotations != null) {
			extension.replaceAnnotations(annotations, Map.of());
		}
		super.dispose();
	}
}
