/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.Framework;
import dev.upskill.ui.internal.editors.FrameworkEditor;
import dev.upskill.ui.internal.editors.ModelEditor;
import dev.upskill.ui.internal.editors.ReadOnlyModelInput;
import dev.upskill.ui.internal.frameworks.FrameworkContent.CategoryNode;

/**
 * Opens an element of the Frameworks view in the framework editor, selected: in the editor of its
 * workspace file when the framework is one, otherwise (a framework an installed plug-in contributes)
 * read-only, from the address it was read from.
 */
final class OpenInEditor {

	private OpenInEditor() {
	}

	/** The model element a node of the tree stands for, or null for nodes that stand for none (groups, problems). */
	static EObject elementOf(Object node) {
		return switch (node) {
			case RegisteredFramework framework -> framework.framework();
			case CategoryNode category -> category.category();
			case EObject element -> element;
			default -> null;
		};
	}

	/** Opens the node's element; null when the node stands for no element. */
	static ModelEditor open(IWorkbenchPage page, Object node) throws PartInitException {
		EObject element = elementOf(node);
		Resource resource = element == null || element.eIsProxy() ? null : element.eResource();
		if (resource == null) {
			return null;
		}
		URI uri = resource.getURI();
		IEditorPart part;
		if (uri.isPlatformResource()) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
			part = IDE.openEditor(page, file, FrameworkEditor.ID);
		} else {
			part = page.openEditor(new ReadOnlyModelInput(uri, frameworkName(resource, uri)), FrameworkEditor.ID);
		}
		if (part instanceof ModelEditor editor) {
			editor.showElement(resource.getURIFragment(element));
			return editor;
		}
		return null;
	}

	private static String frameworkName(Resource resource, URI uri) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework framework) {
			return framework.getName() != null ? framework.getName() : framework.getId();
		}
		return uri.lastSegment();
	}
}
