/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.progress;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.UpskillPackage;

/** Which profile file a plan is for, without resolving the reference (it may be a proxy). */
final class Plans {

	private Plans() {
	}

	/** The workspace file of the plan's profile, or null. */
	static IFile profileFile(LearningPlan plan) {
		Object profile = plan.eGet(UpskillPackage.Literals.LEARNING_PLAN__PROFILE, false);
		if (!(profile instanceof EObject object)) {
			return null;
		}
		URI uri = object.eIsProxy() ? ((InternalEObject) object).eProxyURI() : EcoreUtil.getURI(object);
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.trimFragment().toPlatformString(true)));
	}
}
