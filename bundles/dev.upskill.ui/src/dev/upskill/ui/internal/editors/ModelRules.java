/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Whether the model can hold a value before it is set: the rules are the model's own (its
 * validator, the one behind the Problems view), checked on a copy of the element (its own
 * values and references, not its contents) with the value,
 * so an edit the model would report as an error is refused where it is typed. Only the problems
 * of the edited feature count: moving a step's start after its end is reported on the end week,
 * and is refused when the end week is edited.
 */
final class ModelRules {

	private ModelRules() {
	}

	/**
	 * Why the model cannot hold the value (the validator's words), or null when it can. A skill's
	 * level is checked against the skill's scale by {@link SkillLevels}, with the scale's levels
	 * named in the message.
	 *
	 * @param value the value to set, null or {@link SetCommand#UNSET_VALUE} to unset the feature
	 */
	static String refusal(EObject element, EStructuralFeature feature, Object value) {
		if (feature == null || element == null) {
			return null;
		}
		boolean unset = value == null || value == SetCommand.UNSET_VALUE;
		if (SkillLevels.isLevel(feature)) {
			if (unset || !(value instanceof Integer level)) {
				return "A level is required.\n" + SkillLevels.expected(SkillLevels.scaleOf(element));
			}
			return SkillLevels.accepts(SkillLevels.scaleOf(element), level) ? null
					: level + " is not a level of the skill's scale.\n" + SkillLevels.expected(SkillLevels.scaleOf(element));
		}
		EObject copy = shallowCopy(element);
		if (unset) {
			copy.eUnset(feature);
		} else {
			copy.eSet(feature, value);
		}
		// The element's own constraints only: not those of its contents, which the edit does not change.
		BasicDiagnostic diagnostic = new BasicDiagnostic();
		EValidator validator = EValidator.Registry.INSTANCE.getEValidator(copy.eClass().getEPackage());
		if (validator != null) {
			validator.validate(copy.eClass(), copy, diagnostic, Diagnostician.INSTANCE.createDefaultContext());
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			List<?> data = child.getData();
			if (child.getSeverity() >= Diagnostic.ERROR && data.size() > 1 && data.get(0) == copy && data.get(1) == feature) {
				boolean required = EObjectValidator.DIAGNOSTIC_SOURCE.equals(child.getSource())
						&& child.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS;
				String why = required ? "a value is required" : child.getMessage();
				return Character.toUpperCase(why.charAt(0)) + why.substring(1);
			}
		}
		return null;
	}

	/**
	 * The element's attributes and the elements it refers to (the same ones, a skill and its
	 * scale), without its contents or its container: enough for the rules of its own features,
	 * and cheap for a framework of hundreds of elements. References with an opposite are left
	 * out, so the original's references stay untouched.
	 */
	private static EObject shallowCopy(EObject element) {
		EObject copy = EcoreUtil.create(element.eClass());
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || !feature.isChangeable() || !element.eIsSet(feature)
					|| feature instanceof EReference reference
							&& (reference.isContainment() || reference.isContainer() || reference.getEOpposite() != null)) {
				continue;
			}
			copy.eSet(feature, element.eGet(feature));
		}
		return copy;
	}
}
