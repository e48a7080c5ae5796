/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.gap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.upskill.model.Framework;
import dev.upskill.model.NamedElement;

/**
 * Identifies a skill or role across resource sets: {@code <framework id>#<element id>}. The same
 * framework is often loaded twice (by the registry and by a user's profile), so object identity
 * cannot tell that two skills are the same.
 *
 * @since 0.1.0
 */
public final class SkillKeys {

	private SkillKeys() {
	}

	public static String of(NamedElement element) {
		EObject root = EcoreUtil.getRootContainer(element);
		String framework = root instanceof Framework f && f.getId() != null ? f.getId() : "";
		return framework + "#" + element.getId();
	}
}
