/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.help.IUAElement;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.ScrolledFormText;
import org.eclipse.ui.part.EditorPart;
import org.osgi.framework.Bundle;

/**
 * The user guide in the editor area: the books of the help system on the left, the topic on the
 * right. The topic shows in SWT's web browser when the platform has one (WebKitGTK on Linux, Edge
 * on Windows, WebKit on macOS), otherwise as formatted text ({@link HelpMarkup}) with working links.
 */
public final class HelpEditor extends EditorPart {

	public static final String ID = "dev.upskill.help.editor";
	/** The guide's first page. */
	public static final String GETTING_STARTED = "/dev.upskill.help/html/getting-started.html";

	private TreeViewer toc;
	private Browser browser;
	private ScrolledFormText formatted;
	private String href;
	private String title = "";

	/** Opens (or brings up) the help editor on a topic ({@code /bundle/path.html}) in the active window; null if there is none. */
	public static HelpEditor open(String href) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		try {
			IEditorPart part = page.openEditor(new HelpInput(href), ID);
			if (part instanceof HelpEditor editor) {
				editor.show(href);
				return editor;
			}
		} catch (PartInitException e) {
			ILog.of(HelpEditor.class).log(e.getStatus());
		}
		return null;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		toc = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		toc.setContentProvider(new Contents());
		toc.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof IToc book ? book.getLabel() : element instanceof ITopic topic ? topic.getLabel() : "";
			}
		});
		toc.setInput(HelpSystem.getTocs());
		toc.expandToLevel(2);
		toc.addSelectionChangedListener(event -> {
			Object selected = event.getStructuredSelection().getFirstElement();
			String target = selected instanceof ITopic topic ? topic.getHref() : selected instanceof IToc book ? bookHref(book) : null;
			if (target != null && !target.equals(href)) {
				show(target);
			}
		});
		try {
			browser = new Browser(sash, SWT.NONE);
		} catch (SWTError e) {
			// No browser engine on this machine: show the pages as formatted text.
			browser = null;
			formatted = new ScrolledFormText(sash, SWT.V_SCROLL | SWT.H_SCROLL, true);
			formatted.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
			FormText text = new FormText(formatted, SWT.WRAP);
			formatted.setFormText(text);
			text.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
			text.setFont(HelpMarkup.H1, JFaceResources.getHeaderFont());
			text.setFont(HelpMarkup.H2, JFaceResources.getBannerFont());
			text.setFont(HelpMarkup.CODE, JFaceResources.getTextFont());
			text.setWhitespaceNormalized(true);
			text.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent event) {
					follow(String.valueOf(event.getHref()));
				}
			});
		}
		sash.setWeights(25, 75);
		show(((HelpInput) getEditorInput()).href());
	}

	private static String bookHref(IToc book) {
		ITopic topic = book.getTopic(null);
		return topic != null && topic.getHref() != null ? topic.getHref() : book.getHref();
	}

	/** A link on a page: another topic of the guide, or a web page in the system's browser. */
	private void follow(String link) {
		if (link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:")) {
			Program.launch(link);
			return;
		}
		show(resolve(href, link));
	}

	/** A link relative to a topic, as a help href ({@code /bundle/path}). */
	static String resolve(String base, String link) {
		if (link.startsWith("/")) {
			return link;
		}
		return URI.create("help:" + base).resolve(link).getSchemeSpecificPart();
	}

	/** Shows a topic ({@code /bundle/path.html}, optionally with an anchor). */
	public void show(String topic) {
		if (topic == null || toc == null || toc.getControl().isDisposed()) {
			return;
		}
		href = topic.contains("#") ? topic.substring(0, topic.indexOf('#')) : topic;
		String[] page = read(href);
		title = page[0];
		if (browser != null) {
			String url = fileUrl(href);
			if (url != null) {
				browser.setUrl(url);
			} else {
				browser.setText("<html><body><p>" + page[0] + "</p></body></html>");
			}
		} else {
			formatted.setText(page[1]);
		}
		setPartName("Help - " + title);
		ITopic shown = find(href);
		if (shown != null) {
			toc.setSelection(new StructuredSelection(shown), true);
		}
	}

	/** The title and FormText markup of a topic, or a page that says why it cannot be shown. */
	private static String[] read(String href) {
		try (InputStream in = HelpPages.open(href)) {
			if (in == null) {
				return missing(href, "no installed plug-in has this page");
			}
			HelpMarkup.Page page = HelpMarkup.convert(in);
			return new String[] { page.title(), page.markup() };
		} catch (IOException e) {
			return missing(href, e.getMessage());
		}
	}

	private static String[] missing(String href, String reason) {
		String text = "The help page " + href + " cannot be shown: " + reason + ".";
		return new String[] { "Page not found", "<form><p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p></form>" };
	}

	/** The page's file on disk (its folder is extracted from the bundle, so its style sheet and links work), or null. */
	private static String fileUrl(String href) {
		String path = href.startsWith("/") ? href.substring(1) : href;
		int slash = path.indexOf('/');
		int last = path.lastIndexOf('/');
		if (slash < 0) {
			return null;
		}
		Bundle bundle = Platform.getBundle(path.substring(0, slash));
		URL folder = bundle == null ? null : bundle.getEntry(path.substring(slash + 1, last + 1));
		try {
			return folder == null ? null : FileLocator.toFileURL(folder).toExternalForm() + path.substring(last + 1);
		} catch (IOException e) {
			return null;
		}
	}

	private ITopic find(String target) {
		for (IToc book : HelpSystem.getTocs()) {
			ITopic found = find(book.getTopics(), target);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static ITopic find(ITopic[] topics, String target) {
		for (ITopic topic : topics) {
			if (target.equals(topic.getHref())) {
				return topic;
			}
			ITopic found = find(topic.getSubtopics(), target);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The topic shown ({@code /bundle/path.html}). */
	public String href() {
		return href;
	}

	/** The title of the topic shown. */
	public String title() {
		return title;
	}

	/** Whether the topic shows in a web browser (else as formatted text). */
	public boolean usesBrowser() {
		return browser != null;
	}

	/** The labels of the books and topics in the contents, in order (for tests). */
	public List<String> contents() {
		List<String> labels = new ArrayList<>();
		for (IToc book : HelpSystem.getTocs()) {
			labels.add(book.getLabel());
			for (ITopic topic : book.getTopics()) {
				labels.add("  " + topic.getLabel());
			}
		}
		return labels;
	}

	@Override
	public void setFocus() {
		toc.getControl().setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public void doSaveAs() {
		// nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Books and their topics. */
	private static final class Contents implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof IToc[] books ? books : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return switch (parent) {
				case IToc book -> book.getTopics();
				case ITopic topic -> topic.getSubtopics();
				default -> new Object[0];
			};
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IUAElement && getChildren(element).length > 0;
		}
	}
}
