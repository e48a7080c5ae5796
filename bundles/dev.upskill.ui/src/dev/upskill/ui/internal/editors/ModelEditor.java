/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.core.gap.SkillKeys;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.NamedElement;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.provider.UpskillItemProviderAdapterFactory;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.ProblemCode;
import dev.upskill.ui.internal.frameworks.AllFrameworks;
import dev.upskill.ui.internal.frameworks.WorkspaceFrameworks;

/**
 * The base of the model-file editors. Every change goes through the EMF command stack (undo,
 * redo, dirty state); saving writes atomically with a backup ({@code UpskillResource}); a file
 * that cannot be read whole opens on an error page and is never written; a file changed on disk
 * under unsaved changes makes the editor ask before anything is replaced or overwritten.
 * <p>
 * The file is read, and its problems put in the Problems view, in a Job with progress: the editor
 * shows "Loading <i>file</i>..." meanwhile and its pages once the model is read
 * ({@link #isLoading()}; the Jobs belong to {@link #LOAD_FAMILY} and to their editor).
 */
public abstract class ModelEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker {

	/** Asks the user a yes/no question; tests replace it to answer and to see that it was asked. */
	public interface Prompter {
		boolean ask(String title, String question);
	}

	/** The family of the Jobs that read the installed frameworks for the editors' pickers. */
	public static final Object FRAMEWORKS_FAMILY = RegisteredFramework.class;

	/** The family of the Jobs that read another file for an element picked from it (each also belongs to its editor). */
	public static final Object PICK_FAMILY = "dev.upskill.ui.editors.readingForPicks";

	/** The family of the Jobs that read an editor's file (each also belongs to its editor). */
	public static final Object LOAD_FAMILY = ModelFile.class;

	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private IFile file;
	/** The file as read, null while it is being read. */
	private ModelFile model;
	/** The Job reading the file now, or null. */
	private volatile Job reading;
	/** What was asked of the model while the file was being read (show an element, a marker): done once read. */
	private final List<Runnable> whenRead = new ArrayList<>();
	private long loadedStamp;
	private boolean saving;
	/** While Validate reads the model outside the UI thread, a change on disk waits to be read. */
	private boolean validating;
	/** What the status line says (last said by the editor). */
	private String statusText;
	private Prompter prompter = (title, question) -> MessageDialog.openQuestion(getSite().getShell(), title, question);
	private final UndoAction undo = new UndoAction();
	private final RedoAction redo = new RedoAction();
	private final IResourceChangeListener fileListener = this::resourcesChanged;
	private ErrorPage errorPage;
	private final EditorSelection selection = new EditorSelection();
	private ModelOutlinePage outline;
	private PropertySheetPage properties;
	private FrameworkRegistry registry;
	/** The installed frameworks and the workspace's framework files, for the pickers. */
	private AllFrameworks allFrameworks;
	/** The installed and the workspace's frameworks for the pickers, read in {@link #loadingFrameworks}; null until it is done. */
	private volatile List<RegisteredFramework> installed;
	private volatile Job loadingFrameworks;
	/** How many files are being read for elements picked from them (UI thread). */
	private int pickReads;
	/** The family of this editor's Jobs reading files for picks: cancelled when it closes. */
	private final Object pickFamily = new Object();
	private final Runnable registryListener = this::registryChanged;
	/** The input when the model is shown read-only (an installed framework), else null. */
	private ReadOnlyModelInput readOnly;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (input instanceof ReadOnlyModelInput shown) {
			readOnly = shown;
		} else if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException("Upskill editors open workspace files, not " + input.getName());
		}
		super.init(site, input);
		file = input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
		registry = site.getService(FrameworkRegistry.class);
		allFrameworks = AllFrameworks.of(registry);
		loadFrameworks();
		allFrameworks.addChangeListener(registryListener);
		setPartName(readOnly != null ? readOnly.getName() : file.getName());
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new UpskillItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack();
		stack.addCommandStackListener(event -> Display.getDefault().asyncExec(() -> {
			if (getContainer() != null && !getContainer().isDisposed()) {
				firePropertyChange(PROP_DIRTY);
				undo.update();
				redo.update();
				if (root() != null) {
					modelChanged();
				}
				if (outline != null) {
					outline.refresh();
				}
				if (properties != null && properties.getControl() != null && !properties.getControl().isDisposed()) {
					properties.refresh();
				}
			}
		}));
		domain = new LabelledEditingDomain(adapterFactory, stack, new HashMap<>());
		read();
		site.setSelectionProvider(selection);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(fileListener, IResourceChangeEvent.POST_CHANGE);
	}

	/**
	 * Reads the installed frameworks for the pickers in a Job, so that providers run off the UI
	 * thread and the editor opens without waiting for them.
	 */
	private void loadFrameworks() {
		installed = null;
		AllFrameworks frameworks = allFrameworks;
		Job job = new Job("Loading the frameworks for " + (file != null ? file.getName() : readOnly.getName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Loading the frameworks", IProgressMonitor.UNKNOWN);
				try {
					List<RegisteredFramework> loaded = frameworks.read(monitor).frameworks();
					if (loadingFrameworks == this) {
						installed = loaded;
					}
				} finally {
					monitor.done();
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FRAMEWORKS_FAMILY;
			}
		};
		job.setSystem(true);
		loadingFrameworks = job;
		job.schedule();
	}

	/** Bundles came or went, or framework files changed (on any thread): read the frameworks again. */
	private void registryChanged() {
		loadFrameworks();
		frameworksChanged();
	}

	/**
	 * Called when bundles that contribute frameworks came or went, or framework files of the
	 * workspace changed, on any thread: an editor whose own checks depend on them runs them again.
	 */
	protected void frameworksChanged() {
		// the pickers are read again above; nothing else by default
	}

	/** The installed frameworks and the workspace's framework files, as the views and pickers see them. */
	protected AllFrameworks allFrameworks() {
		return allFrameworks;
	}

	/**
	 * The installed frameworks for the pickers. When the Job has not finished yet (the picker is
	 * opened at once), waits for it with the busy cursor, and a progress dialog if it takes long,
	 * while the event loop keeps running: the window never freezes.
	 */
	private List<RegisteredFramework> installedFrameworks() {
		List<RegisteredFramework> now = installed;
		if (now != null) {
			return now;
		}
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				Job job = loadingFrameworks;
				// a load that bundles coming or going superseded is followed by the one that replaced it
				while (installed == null && job != null && !monitor.isCanceled()) {
					job.join(0, monitor);
					job = job == loadingFrameworks ? null : loadingFrameworks;
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(getClass()).error("Loading the frameworks failed", e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		now = installed;
		return now == null ? List.of() : now;
	}

	/** The installed frameworks (the DS service, from the editor site), or null when there is none. */
	public FrameworkRegistry registry() {
		return registry;
	}

	/** Makes an element of the model the editor's selection (the Properties view shows it). */
	public void select(Object element) {
		selection.setSelection(element == null ? StructuredSelection.EMPTY
				: new StructuredSelection(element));
	}

	/** What the Properties view shows for an element of this editor's model. */
	public IPropertySource propertiesOf(Object element) {
		return ItemProviderAdapters.propertySources(adapterFactory).getPropertySource(element);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			// also while the file is read: the Outline shows the model when it comes
			if (outline == null) {
				outline = new ModelOutlinePage(this, adapterFactory, root());
			}
			return type.cast(outline);
		}
		if (type == IPropertySheetPage.class) {
			if (properties == null) {
				properties = new PropertySheetPage();
				properties.setPropertySourceProvider(ItemProviderAdapters.propertySources(adapterFactory));
			}
			return type.cast(properties);
		}
		return super.getAdapter(type);
	}

	/**
	 * Reads the file in a Job with progress (the model, then its problems into the Problems view);
	 * the editor shows its pages when it is done ({@link #read(Job, ModelFile)}). A read started
	 * while another runs replaces it.
	 */
	private void read() {
		Job previous = reading;
		if (previous != null) {
			previous.cancel();
		}
		model = null;
		((BasicCommandStack) domain.getCommandStack()).flush();
		ResourceSet resourceSet = domain.getResourceSet();
		String name = readOnly != null ? readOnly.getName() : file.getName();
		URI uri = readOnly != null ? readOnly.uri() : URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		String shownName = readOnly != null ? readOnly.uri().toString() : file.getFullPath().toString();
		IFile checked = readOnly != null ? null : file;
		if (checked != null) {
			loadedStamp = checked.getModificationStamp();
		}
		Display display = getSite().getShell().getDisplay();
		Reading job = new Reading("Reading " + name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Reading " + name, IProgressMonitor.UNKNOWN);
				try {
					if (previous != null) {
						previous.join(); // one read at a time in the editor's resource set
					}
					resourceSet.getResources().clear();
					UpskillResourceFactory.configure(resourceSet);
					if (registry != null) {
						registry.configure(resourceSet);
					}
					ModelFile read = ModelFile.load(resourceSet, uri, shownName);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					if (checked != null) {
						monitor.subTask("Checking " + name);
						ProblemMarkers.update(checked, read);
					}
					result = read;
					display.asyncExec(() -> read(this, read));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return Status.CANCEL_STATUS;
				} finally {
					monitor.done();
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LOAD_FAMILY || family == ModelEditor.this;
			}
		};
		job.setPriority(Job.SHORT);
		reading = job;
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job, 0, true); // the editor's tab shows that it is busy
		} else {
			job.schedule();
		}
	}

	/** A Job that reads the file; its result is kept for {@link #awaitRead()}. */
	private abstract static class Reading extends Job {
		volatile ModelFile result;

		Reading(String name) {
			super(name);
		}
	}

	/**
	 * Waits for the file to be read, for callers that need the model at once (a quick fix that opens
	 * the editor): with the busy cursor, then a progress dialog if it takes long, while the event loop
	 * runs. True when the model was read whole.
	 */
	public boolean awaitRead() {
		Job job = reading;
		if (model == null && job != null) {
			try {
				PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> job.join(0, monitor));
			} catch (InvocationTargetException e) {
				ILog.of(getClass()).error("Reading " + getPartName() + " failed", e.getCause());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			if (job == reading && job instanceof Reading done && done.result != null) {
				read(job, done.result);
			}
		}
		return model != null && model.loaded();
	}

	/** The file was read (UI thread): shows the pages (or the error page), and does what waited for the model. */
	private void read(Job job, ModelFile read) {
		if (job != reading) {
			return; // closed, or read again since
		}
		reading = null;
		model = read;
		if (readOnly != null && read.loaded()) {
			domain.getResourceToReadOnlyMap().put(read.resource(), Boolean.TRUE);
		}
		if (getContainer() != null && !getContainer().isDisposed()) {
			showPages();
		} // else the pages are created with the editor's control, from the model
		if (outline != null) {
			// in a turn of its own: the pages and the Outline are two pieces of work, not one long pause
			getSite().getShell().getDisplay().asyncExec(() -> {
				if (isOpen() && model == read) {
					outline.setRoot(root());
				}
			});
		}
		firePropertyChange(PROP_DIRTY);
		undo.update();
		redo.update();
		if (readOnly == null) {
			validated();
		}
		List<Runnable> waiting = List.copyOf(whenRead);
		whenRead.clear();
		waiting.forEach(Runnable::run);
	}

	/** Replaces the pages by those of the model as it is now (the loading page while it is read). */
	private void showPages() {
		while (getPageCount() > 0) {
			removePage(0);
		}
		errorPage = null;
		addPages();
		if (getPageCount() > 0) {
			setActivePage(0);
		}
	}

	/**
	 * Runs this on the UI thread once the file is read (at once when it is): views that follow an
	 * editor's model start following it then.
	 */
	public void afterRead(Runnable runnable) {
		if (model == null) {
			whenRead.add(runnable);
		} else {
			runnable.run();
		}
	}

	/** Whether the file is being read (the editor shows "Loading..."); its pages come when it is done. */
	public boolean isLoading() {
		return model == null;
	}

	/**
	 * Checks the model now and shows its problems in the Problems view. The check runs outside the
	 * UI thread while the window takes no input (a progress dialog shows when it lasts, as EMF's
	 * Validate does): the event loop keeps running, nobody can type into the model, and a change of
	 * the file on disk is read only once the check is done. The dialog's Cancel stops the check
	 * ({@link #validate(IProgressMonitor)}); the Problems view then keeps the problems of the last
	 * check done, and the status line says that this one was cancelled.
	 */
	public void validate() {
		if (readOnly != null || model == null) {
			return;
		}
		boolean[] done = { false };
		String failure = null;
		validating = true;
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> done[0] = validate(monitor));
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			ILog.of(getClass()).error("Checking " + file.getName() + " failed", cause);
			failure = cause.getMessage() != null && !cause.getMessage().isBlank() ? cause.getMessage()
					: "the check stopped on an error in the program";
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			failure = "the check was interrupted";
		} finally {
			validating = false;
		}
		if (failure != null) {
			status("Checking " + file.getName() + " failed: " + failure + "; see the Error Log");
		} else if (done[0]) {
			status(null);
			validated();
		} else {
			status(VALIDATION_CANCELLED + ": the Problems view shows the problems " + file.getName() + " had at its last check");
		}
	}

	/** What the status line says when Validate was cancelled (followed by what the Problems view shows). */
	public static final String VALIDATION_CANCELLED = "Validation cancelled";

	/**
	 * The check of Validate, on any thread: puts the model's problems in the Problems view and tells
	 * whether it was done. The monitor is looked at before each object of the model; when it is
	 * cancelled, the check stops and the file's markers are left as they were (those of the last
	 * check done): false.
	 */
	public boolean validate(IProgressMonitor monitor) {
		ModelFile checked = model;
		if (readOnly != null || checked == null) {
			return false;
		}
		monitor.beginTask("Checking " + file.getName(), checked.loaded() ? count(checked.resource()) : 1);
		try {
			return ProblemMarkers.update(file, checked, monitor) != null;
		} finally {
			monitor.done();
		}
	}

	/** The objects of a resource, the units of work of checking it. */
	private static int count(Resource resource) {
		int count = 0;
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext(); it.next()) {
			count++;
		}
		return count;
	}

	/** Whether the model is only shown (an installed framework): nothing can be changed or saved. */
	public boolean isReadOnly() {
		return readOnly != null;
	}

	/**
	 * Shows and selects the element at this URI fragment of the model (as
	 * {@code Resource.getURIFragment} gives it); false when the model has no such element. While the
	 * file is being read, the element is shown once it is read.
	 */
	public boolean showElement(String fragment) {
		if (model == null && fragment != null) {
			whenRead.add(() -> showElement(fragment));
			return true;
		}
		EObject element = model == null || !model.loaded() || fragment == null ? null : model.resource().getEObject(fragment);
		if (element == null) {
			return false;
		}
		reveal(element);
		select(element);
		// A page shown for the first time lays its grid out after this, which can clear the row's selection: select again then.
		Display.getCurrent().asyncExec(() -> {
			if (isOpen()) {
				reveal(element);
				select(element);
			}
		});
		return true;
	}

	/** Called after the model was checked (open, save, Validate): editors add checks of their own. */
	protected void validated() {
		// the model's problems are all most files have
	}

	/** The model's root element, or null when the file could not be read. */
	protected EObject root() {
		return model != null && model.loaded() ? model.resource().getContents().get(0) : null;
	}

	/** Asks the user a yes/no question through the prompter (tests answer it). */
	public boolean ask(String title, String question) {
		return prompter.ask(title, question);
	}

	/** Whether the editor is still open. */
	public boolean isOpen() {
		return getContainer() != null && !getContainer().isDisposed();
	}

	public Shell shell() {
		return getSite().getShell();
	}

	@Override
	protected void addPages() {
		if (model == null) {
			addLoadingPage();
			return;
		}
		if (!model.loaded() && file != null) {
			errorPage = new ErrorPage(getContainer(), file, model.problems());
			setActivePage(addPage(errorPage.control()));
			setPageText(0, "Cannot open");
			return;
		}
		if (!model.loaded()) {
			Text problems = new Text(getContainer(), SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			problems.setText(readOnly.getName() + " cannot be shown:\n" + describe(model.problems()));
			setActivePage(addPage(problems));
			setPageText(0, "Cannot open");
			return;
		}
		try {
			addModelPages(model.resource().getContents().get(0));
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	private void addLoadingPage() {
		Composite page = new Composite(getContainer(), SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(page);
		Label label = new Label(page, SWT.WRAP);
		label.setText("Loading " + (readOnly != null ? readOnly.getName() : file.getName()) + "...");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		ProgressBar bar = new ProgressBar(page, SWT.INDETERMINATE | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(bar);
		setActivePage(addPage(page));
		setPageText(0, "Loading");
	}

	/** Adds the pages that edit this root element. */
	protected abstract void addModelPages(EObject root) throws PartInitException;

	/** Called after every change, undo or redo: pages refresh what they show. */
	protected void modelChanged() {
		// pages refresh themselves through their own listeners
	}

	/**
	 * Every skill this file can refer to: those of the installed frameworks, of the workspace's
	 * framework files and of the framework files it refers to, each once, by name.
	 */
	public List<Skill> skillChoices() {
		return choices(Framework::getSkills, RegisteredFramework::skills);
	}

	/** Every role this file can refer to, by name: installed frameworks and referred files. */
	public List<Role> roleChoices() {
		return choices(Framework::getRoles, RegisteredFramework::roles);
	}

	/** Every learning resource this file can refer to, by title: installed frameworks and referred files. */
	public List<LearningResource> resourceChoices() {
		return choices(Framework::getResources, RegisteredFramework::resources);
	}

	private <T extends NamedElement> List<T> choices(
			Function<Framework, List<T>> ofFile,
			Function<RegisteredFramework, List<T>> ofInstalled) {
		Map<String, T> unique = new HashMap<>();
		for (Resource resource : List.copyOf(domain.getResourceSet().getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework framework) {
				ofFile.apply(framework).forEach(e -> unique.putIfAbsent(SkillKeys.of(e), e));
			}
		}
		installedFrameworks().forEach(f -> ofInstalled.apply(f).forEach(e -> unique.putIfAbsent(SkillKeys.of(e), e)));
		List<T> sorted = new ArrayList<>(unique.values());
		sorted.sort(Comparator.comparing((T e) -> e.getName() == null ? e.getId() : e.getName())
				.thenComparing(SkillKeys::of));
		return sorted;
	}

	/**
	 * Gives an element picked from the frameworks (an installed framework's, a workspace framework
	 * file's) as this editor's model refers to it: its copy in the editor's resource set, by its
	 * framework address ({@code upskill:/framework/...}) or, for a workspace file's, by the file's
	 * address (saved relative to this file), so the saved file stays portable.
	 * <p>
	 * When the element's file is already read into the editor, {@code then} runs at once. The first
	 * pick from another file reads that file in a Job with progress (an ESCO-scale file takes
	 * seconds): the editor shows that it is reading ({@link #readingForPicks()}, its tab busy, the
	 * status line) and the window keeps answering; {@code then} runs on the UI thread once it is read,
	 * unless the editor was closed (its reads are cancelled) or read its file again meanwhile, and
	 * once a Validate running meanwhile is done. When the file cannot be read, or has no such
	 * element, nothing is picked: the status line says "Not picked", the file and why.
	 */
	public void withLocal(EObject element, Consumer<EObject> then) {
		URI uri = element == null ? null : addressOf(element);
		ResourceSet resourceSet = domain.getResourceSet();
		if (uri == null) {
			then.accept(element);
			return;
		}
		Resource present = resourceSet.getResource(uri.trimFragment(), false);
		if (present != null && present.isLoaded()) {
			EObject local = present.getEObject(uri.fragment());
			if (local == null) {
				status(NOT_PICKED + ": " + fileName(uri) + ": it has no element " + uri.fragment());
				return;
			}
			then.accept(local);
			return;
		}
		ModelFile reading = model;
		String name = WorkspaceFrameworks.isWorkspace(element) ? fileName(uri)
				: EcoreUtil.getRootContainer(element) instanceof Framework framework && framework.getName() != null
						? "the framework " + framework.getName() : fileName(uri);
		Display display = getSite().getShell().getDisplay();
		Job job = new Job("Reading " + name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Reading " + name + " for the element picked", IProgressMonitor.UNKNOWN);
				Resource loaded = null;
				String failure = null;
				boolean cancelled = true;
				try {
					// a resource set of its own (the editor's is the UI thread's), configured as the editor's
					ResourceSet own = UpskillResourceFactory.createResourceSet();
					if (registry != null) {
						registry.configure(own);
					}
					// read as the workspace's frameworks read it: a reference it cannot resolve does not stop the pick
					ModelFile read = ModelFile.load(own, uri.trimFragment(), name);
					if (usable(read, uri)) {
						loaded = read.resource();
					} else {
						failure = reason(read);
					}
					cancelled = monitor.isCanceled();
				} catch (RuntimeException e) {
					ILog.of(ModelEditor.class).error("Reading " + name + " for an element picked failed", e);
					failure = "it cannot be read (see the Error Log)";
					cancelled = false;
				} finally {
					monitor.done();
					// always answered, so that the editor stops saying that it reads
					Pick pick = new Pick(reading, uri, name, loaded, failure, cancelled, element, then);
					if (!display.isDisposed()) {
						display.asyncExec(() -> picked(pick));
					}
				}
				return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == PICK_FAMILY || family == ModelEditor.this || family == pickFamily;
			}
		};
		job.setPriority(Job.SHORT);
		pickReads++;
		status("Reading " + name + " for the element picked...");
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job, 0, true); // the editor's tab shows that it is busy
		} else {
			job.schedule();
		}
	}

	/** A file read for an element picked from it: what {@link #picked(Pick)} goes on with. */
	private record Pick(ModelFile reading, URI uri, String name, Resource loaded, String failure, boolean cancelled,
			EObject element, Consumer<EObject> then) {
	}

	/**
	 * Whether a file read for a pick can be put in the editor's resource set: read whole (references
	 * it cannot resolve are problems of its model, as for the workspace's frameworks), or an installed
	 * framework (its address has no file extension to tell its kind by).
	 */
	private static boolean usable(ModelFile read, URI uri) {
		if (read.loaded()) {
			return true;
		}
		return FrameworkUris.SCHEME.equals(uri.scheme()) && !read.unreadable() && read.resource().getContents().get(0) instanceof Framework
				&& read.problems().stream().allMatch(p -> p.severity() != Problem.Severity.ERROR
						|| p.code() == ProblemCode.UNRESOLVED_REFERENCE || p.code() == ProblemCode.WRONG_KIND);
	}

	/** Why a file could not be read, in words: the line and the first error's message. */
	private static String reason(ModelFile read) {
		List<Problem> errors = read.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		Problem first = errors.isEmpty() ? read.problems().isEmpty() ? null : read.problems().get(0) : errors.get(0);
		return first == null ? "it cannot be read" : (first.line() > 0 ? "line " + first.line() + ": " : "") + first.message();
	}

	/** What the status line says when a pick was not applied (followed by the file and the reason). */
	public static final String NOT_PICKED = "Not picked";

	/**
	 * The file a picked element comes from was read (UI thread): puts it in the editor's resource
	 * set, then goes on. While Validate reads the model on another thread, it waits for the check.
	 */
	private void picked(Pick pick) {
		if (validating && !pick.cancelled() && isOpen()) {
			Display.getCurrent().timerExec(100, () -> picked(pick)); // the pick changes the model: once the check is done
			return;
		}
		pickReads--;
		if (pick.cancelled() || !isOpen()) {
			return; // closed: the pick no longer applies
		}
		if (model != pick.reading()) {
			status(NOT_PICKED + ": " + fileLabel() + " was read again while " + pick.name() + " was being read; pick it again");
			return;
		}
		ResourceSet resourceSet = domain.getResourceSet();
		Resource present = resourceSet.getResource(pick.uri().trimFragment(), false);
		if (present == null && pick.loaded() != null) {
			resourceSet.getResources().add(pick.loaded()); // moved from the Job's resource set, as read
			present = pick.loaded();
		}
		EObject local = present == null || !present.isLoaded() ? null : present.getEObject(pick.uri().fragment());
		if (local == null) {
			// never the element of another resource set: the editor's model would refer outside its own
			status(NOT_PICKED + ": " + pick.name() + ": " + (pick.failure() != null ? pick.failure()
					: "it has no element " + pick.uri().fragment()));
			return;
		}
		status(null);
		pick.then().accept(local);
	}

	/** The editor's file's name, for messages. */
	private String fileLabel() {
		return file != null ? file.getName() : readOnly != null ? readOnly.getName() : "the file";
	}

	/** Whether a file is being read for an element picked from it ({@link #withLocal}). */
	public boolean readingForPicks() {
		return pickReads > 0;
	}

	/** The address this editor's model refers to an element picked from the frameworks by, or null when it is its own. */
	private URI addressOf(EObject element) {
		if (element.eResource() != null && element.eResource().getResourceSet() == domain.getResourceSet()) {
			return null;
		}
		if (WorkspaceFrameworks.isWorkspace(element)) {
			return EcoreUtil.getURI(element);
		}
		if (!(element instanceof NamedElement named) || element.eResource() == null) {
			return null;
		}
		String key = SkillKeys.of(named);
		return FrameworkUris.of(key.substring(0, key.indexOf('#')), key.substring(key.indexOf('#') + 1));
	}

	private static String fileName(URI uri) {
		String last = uri.trimFragment().lastSegment();
		return last == null || last.isEmpty() ? uri.trimFragment().toString() : URI.decode(last);
	}

	/** What the editor said last in its status line, or null. */
	public String statusMessage() {
		return statusText;
	}

	/** Whether Validate is checking the model outside the UI thread now (picks and changes on disk wait for it). */
	public boolean isValidating() {
		return validating;
	}

	/** Says something in the status line (null clears it). */
	void status(String text) {
		statusText = text;
		if (getEditorSite() != null) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage(text);
		}
	}

	/** Runs a command on the command stack, so it can be undone; nothing runs on a read-only model. */
	public void execute(Command command) {
		if (command != null && readOnly == null && model != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public IFile getFile() {
		return file;
	}

	/**
	 * Whether the file was read whole (otherwise the editor shows the error page and never saves);
	 * true while it is being read, as nothing says otherwise yet.
	 */
	public boolean isReadable() {
		return model == null || model.loaded();
	}

	/** What the error page says, or null when the file was read whole (or is being read). */
	public String errorText() {
		return model == null || model.loaded() || errorPage == null ? null : errorPage.text();
	}

	public void setPrompter(Prompter prompter) {
		this.prompter = prompter;
	}

	Action undoAction() {
		return undo;
	}

	Action redoAction() {
		return redo;
	}

	@Override
	public boolean isDirty() {
		return model != null && model.loaded() && readOnly == null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (model == null || !model.loaded() || readOnly != null) {
			return;
		}
		if (file.exists() && file.getModificationStamp() != loadedStamp && !prompter.ask("File changed on disk",
				file.getName() + " has been changed on disk since it was opened. Overwrite it with your changes?")) {
			return;
		}
		saving = true;
		try {
			model.resource().save(null);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
			loadedStamp = file.getModificationStamp();
			firePropertyChange(PROP_DIRTY);
			validate();
		} catch (IOException | CoreException e) {
			MessageDialog.openError(getSite().getShell(), "Not saved",
					"Nothing was written; " + file.getName() + " is as it was.\n\n" + e.getMessage());
		} finally {
			saving = false;
		}
	}

	/**
	 * Shows the element a Problems-view marker is about: the element the marker names (plan-check
	 * markers keep where it is in the file), otherwise the page and row of the element that starts
	 * on the marker's line.
	 */
	@Override
	public void gotoMarker(IMarker marker) {
		if (model == null) {
			whenRead.add(() -> gotoMarker(marker));
			return;
		}
		String fragment = marker.getAttribute(ProblemMarkers.ELEMENT, null);
		EObject named = fragment == null || !model.loaded() ? null : model.resource().getEObject(fragment);
		if (named != null) {
			reveal(named);
			return;
		}
		int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
		if (!model.loaded() || line <= 0 || !(model.resource() instanceof UpskillResource resource)) {
			return;
		}
		EObject best = null;
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			int at = resource.getLine(object);
			if (at >= line && (best == null || at < resource.getLine(best))) {
				best = object;
			}
		}
		if (best != null) {
			reveal(best);
		}
	}

	/** Shows an element of the model (its page, its row). */
	protected void reveal(EObject element) {
		// pages that list elements override this
	}

	@Override
	public void doSaveAs() {
		// a model file is saved where it is
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Re-reads the file (in a Job, as at opening), dropping unsaved changes and the undo history. */
	public void reload() {
		while (getPageCount() > 0) {
			removePage(0);
		}
		errorPage = null;
		if (outline != null) {
			outline.setRoot(null);
		}
		read();
		showPages();
		firePropertyChange(PROP_DIRTY);
		undo.update();
		redo.update();
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null || file == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta == null || saving) {
			return;
		}
		boolean contentChanged = (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
		if (!contentChanged || file.getModificationStamp() == loadedStamp) {
			return;
		}
		Display.getDefault().asyncExec(this::changedOnDisk);
	}

	private void changedOnDisk() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (validating) {
			// the check is reading the model outside the UI thread: read the file again once it is done
			Display.getCurrent().timerExec(100, this::changedOnDisk);
			return;
		}
		if (!isDirty()) {
			reload();
		} else if (prompter.ask("File changed on disk", file.getName()
				+ " has been changed on disk. Replace your unsaved changes with the file's new content?")) {
			reload();
		}
	}

	@Override
	public void dispose() {
		Job job = reading;
		reading = null;
		if (job != null) {
			job.cancel();
		}
		Job.getJobManager().cancel(pickFamily);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileListener);
		if (allFrameworks != null) {
			allFrameworks.removeChangeListener(registryListener);
		}
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		super.dispose();
	}

	/** The problems as lines, for messages. */
	static String describe(List<Problem> problems) {
		return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}

	private final class UndoAction extends Action {
		UndoAction() {
			super("&Undo");
			setEnabled(false);
		}

		void update() {
			Command next = domain == null ? null : domain.getCommandStack().getUndoCommand();
			setEnabled(next != null && domain.getCommandStack().canUndo());
			setText(next == null || next.getLabel() == null ? "&Undo" : "&Undo " + next.getLabel());
		}

		@Override
		public void run() {
			domain.getCommandStack().undo();
		}
	}

	private final class RedoAction extends Action {
		RedoAction() {
			super("&Redo");
			setEnabled(false);
		}

		void update() {
			Command next = domain == null ? null : domain.getCommandStack().getRedoCommand();
			setEnabled(next != null && domain.getCommandStack().canRedo());
			setText(next == null || next.getLabel() == null ? "&Redo" : "&Redo " + next.getLabel());
		}

		@Override
		public void run() {
			domain.getCommandStack().redo();
		}
	}
}
