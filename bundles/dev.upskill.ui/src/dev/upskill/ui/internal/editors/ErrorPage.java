/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import dev.upskill.model.validation.Problem;

/**
 * Shown instead of the editor's pages when a file cannot be read whole (corrupt, truncated, wrong
 * kind, newer version): says which file, where and why, and that the file was left as it is.
 */
final class ErrorPage {

	private final Composite control;
	private final Text details;

	ErrorPage(Composite parent, IFile file, List<Problem> problems) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(control);
		Label title = new Label(control, SWT.WRAP);
		title.setText(file.getName() + " cannot be opened in this editor");
		title.setFont(JFaceResources.getHeaderFont());
		Label explanation = new Label(control, SWT.WRAP);
		explanation.setText("The file was not changed and will not be written by this editor. "
				+ "Repair it in a text editor, then open it again.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(explanation);
		details = new Text(control, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		details.setText(ModelEditor.describe(problems));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(details);
		Button openAsText = new Button(control, SWT.PUSH);
		openAsText.setText("Open as Text");
		openAsText.addListener(SWT.Selection, e -> {
			try {
				IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file,
						"org.eclipse.ui.DefaultTextEditor");
			} catch (PartInitException ex) {
				ILog.of(ErrorPage.class).log(ex.getStatus());
			}
		});
	}

	Composite control() {
		return control;
	}

	/** What the page says, for tests. */
	String text() {
		return details.getText();
	}
}
