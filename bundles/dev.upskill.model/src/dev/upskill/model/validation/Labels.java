/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import dev.upskill.model.NamedElement;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.TeamGroup;

/**
 * Names model elements in messages the way a user recognises them: {@code Skill 'skill.python'},
 * {@code Role 'ml-engineer' > requirement 3 (skill.python)}.
 */
public final class Labels {

	private Labels() {
	}

	public static String of(EObject object) {
		if (object == null) {
			return "nothing";
		}
		String type = object.eClass().getName();
		if (object.eIsProxy()) {
			return type + " " + ((InternalEObject) object).eProxyURI();
		}
		if (object instanceof NamedElement named && named.getId() != null && !named.getId().isBlank()) {
			return type + " '" + named.getId() + "'";
		}
		if (object instanceof NamedElement named && named.getName() != null) {
			return type + " named '" + named.getName() + "'";
		}
		if (object instanceof TeamGroup group && group.getName() != null && !group.getName().isBlank()) {
			return (object.eContainer() == null ? "" : of(object.eContainer()) + " > ") + "group '" + group.getName() + "'";
		}
		EObject container = object.eContainer();
		String own = type;
		EStructuralFeature feature = object.eContainingFeature();
		if (container != null && feature != null && feature.isMany()) {
			int index = ((List<?>) container.eGet(feature)).indexOf(object) + 1;
			own = decapitalize(type) + " " + index;
		}
		String detail = detail(object);
		if (detail != null) {
			own += " (" + detail + ")";
		}
		return container == null ? own : of(container) + " > " + own;
	}

	private static String detail(EObject object) {
		EObject skill = switch (object) {
			case SkillRequirement r -> r.getSkill();
			case SkillGain g -> g.getSkill();
			case SkillAssessment a -> a.getSkill();
			default -> null;
		};
		if (skill != null) {
			return skill.eIsProxy() ? String.valueOf(((InternalEObject) skill).eProxyURI().fragment())
					: ((NamedElement) skill).getId();
		}
		if (object instanceof PlanStep step && step.getResource() != null) {
			return step.getResource().eIsProxy() ? String.valueOf(((InternalEObject) step.getResource()).eProxyURI().fragment())
					: step.getResource().getId();
		}
		if (object instanceof ProficiencyLevel level) {
			return "value " + level.getValue();
		}
		return null;
	}

	private static String decapitalize(String type) {
		String spaced = type.replaceAll("([a-z])([A-Z])", "$1 $2");
		return Character.toLowerCase(spaced.charAt(0)) + spaced.substring(1).toLowerCase();
	}
}
