/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EObjectValidator;

import dev.upskill.model.LearningPlan;
import dev.upskill.model.LearningResource;
import dev.upskill.model.NamedElement;
import dev.upskill.model.PlanStep;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Profile;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.validation.Problem.Severity;

/**
 * Checks a loaded Upskill model: EMF's constraints (required values, identifier pattern) plus
 * the rules of the domain (levels within their scale, unknown references, duplicate ids, plan
 * steps within the plan), each reported as a {@link Problem} naming the file, line and element.
 */
public final class ModelChecker {

	private final String fileName;
	private final Resource resource;
	private final List<Problem> problems = new ArrayList<>();

	private ModelChecker(String fileName, Resource resource) {
		this.fileName = fileName;
		this.resource = resource;
	}

	/** Every problem of the resource's model; empty when it is valid. */
	public static List<Problem> check(String fileName, Resource resource) {
		ModelChecker checker = new ModelChecker(fileName, resource);
		checker.run();
		return checker.problems;
	}

	/**
	 * Every problem of a loaded file: what kept it from loading whole, then, when it could be read,
	 * the problems of its model. A reference that named no element is reported once, on its element.
	 */
	public static List<Problem> check(ModelFile file) {
		List<Problem> all = new ArrayList<>(file.problems());
		if (!file.loaded()) {
			return all;
		}
		List<Problem> model = new ArrayList<>(check(file.name(), file.resource()));
		for (int i = 0; i < all.size(); i++) {
			Problem load = all.get(i);
			String feature = load.message().contains(" refers to '") ? load.message().substring(0, load.message().indexOf(' ')) : null;
			if (feature == null || load.line() == 0) {
				continue;
			}
			// EMF dropped the reference: the required-value check then fires on the same element.
			for (Problem missing : List.copyOf(model)) {
				if (missing.line() >= load.line() && missing.line() <= load.line() + 2
						&& missing.message().equals(required(feature))) {
					model.remove(missing);
					all.set(i, new Problem(load.severity(), load.file(), load.line(), load.column(), missing.element(),
							load.message()));
					break;
				}
			}
		}
		all.addAll(model);
		return all;
	}

	private static String required(String feature) {
		return feature + " is required but not set";
	}

	private void run() {
		Diagnostician diagnostician = new Diagnostician() {
			@Override
			public String getObjectLabel(EObject eObject) {
				return Labels.of(eObject);
			}
		};
		for (EObject root : resource.getContents()) {
			Diagnostic diagnostic = diagnostician.validate(root);
			for (Diagnostic child : diagnostic.getChildren()) {
				if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(child.getSource())
						&& child.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES) {
					continue; // reported below, with the reference that failed
				}
				EObject object = child.getData().isEmpty() || !(child.getData().get(0) instanceof EObject o) ? root : o;
				add(child.getSeverity() == Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING, object, explain(child));
			}
		}
		Map<String, EObject> ids = new HashMap<>();
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof NamedElement named && named.getId() != null) {
				EObject previous = ids.putIfAbsent(named.getId(), object);
				if (previous != null) {
					add(Severity.ERROR, object, "duplicate id '" + named.getId() + "' (also used by " + Labels.of(previous) + ")");
				}
			}
			checkReferences(object);
			switch (object) {
				case ProficiencyScale scale -> checkScale(scale);
				case SkillRequirement requirement -> {
					checkLevel(requirement, requirement.getSkill(), requirement.isSetLevel(), requirement.getLevel());
					if (requirement.getWeight() <= 0) {
						add(Severity.ERROR, requirement, "weight " + requirement.getWeight() + " must be greater than 0");
					}
				}
				case SkillGain gain -> checkLevel(gain, gain.getSkill(), gain.isSetLevel(), gain.getLevel());
				case SkillAssessment assessment ->
					checkLevel(assessment, assessment.getSkill(), assessment.isSetLevel(), assessment.getLevel());
				case LearningResource learning -> checkResource(learning);
				case Profile profile -> {
					if (profile.getWeeklyHours() < 0 || profile.getWeeklyHours() > 100) {
						add(Severity.ERROR, profile, "weekly hours " + profile.getWeeklyHours() + " must be between 0 and 100");
					}
				}
				case LearningPlan plan -> checkPlan(plan);
				default -> {
					// nothing else to check
				}
			}
		}
	}

	/** EMF's own messages repeat the element's label; ours name the feature and the rule. */
	private static String explain(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
				&& diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS && data.size() > 1
				&& data.get(1) instanceof org.eclipse.emf.ecore.EStructuralFeature feature
				&& ((EObject) data.get(0)).eGet(feature) == null || isMissingLevel(data)) {
			return required(((org.eclipse.emf.ecore.EStructuralFeature) data.get(1)).getName());
		}
		if (data.size() > 1 && data.get(1) instanceof org.eclipse.emf.ecore.EAttribute attribute
				&& attribute.getEAttributeType() == dev.upskill.model.UpskillPackage.Literals.IDENTIFIER) {
			return "the id '" + ((EObject) data.get(0)).eGet(attribute)
					+ "' may use only letters, digits, '_', '.' and '-' (no colon, no space)";
		}
		return diagnostic.getMessage();
	}

	private static boolean isMissingLevel(List<?> data) {
		return data.size() > 1 && data.get(0) instanceof EObject object
				&& data.get(1) instanceof org.eclipse.emf.ecore.EAttribute attribute && attribute.isUnsettable()
				&& attribute.getLowerBound() > 0 && !object.eIsSet(attribute);
	}

	private void checkReferences(EObject object) {
		for (EContentsEList.FeatureIterator<EObject> refs = (EContentsEList.FeatureIterator<EObject>) object
				.eCrossReferences().iterator(); refs.hasNext();) {
			EObject target = refs.next(); // resolves, loading the referenced file if needed
			if (target.eIsProxy()) {
				EReference reference = (EReference) refs.feature();
				org.eclipse.emf.common.util.URI uri = ((InternalEObject) target).eProxyURI();
				org.eclipse.emf.common.util.URI file = uri.trimFragment();
				String where = file.equals(resource.getURI()) ? "this file"
						: "upskill".equals(file.scheme()) ? "the framework '" + file.lastSegment() + "'"
								: file.lastSegment() == null ? file.toString() : file.lastSegment();
				add(Severity.ERROR, object, reference.getName() + " refers to '" + uri.fragment() + "', which is not in "
						+ where + unreadable(uri));
			}
		}
	}

	private String unreadable(org.eclipse.emf.common.util.URI uri) {
		Resource other = resource.getResourceSet() == null ? null
				: resource.getResourceSet().getResource(uri.trimFragment(), false);
		if (other != null && !other.getErrors().isEmpty()) {
			return " (that file could not be read: " + other.getErrors().get(0).getMessage() + ")";
		}
		return "";
	}

	private void checkScale(ProficiencyScale scale) {
		Set<Integer> values = new HashSet<>();
		Integer previous = null;
		for (ProficiencyLevel level : scale.getLevels()) {
			if (!values.add(level.getValue())) {
				add(Severity.ERROR, level, "the value " + level.getValue() + " is used twice in the scale");
			} else if (previous != null && level.getValue() < previous) {
				add(Severity.WARNING, level, "levels should be listed in increasing order");
			}
			previous = level.getValue();
		}
		if (scale.getLevels().size() < 2) {
			add(Severity.ERROR, scale, "a scale needs at least two levels");
		}
	}

	private void checkLevel(EObject owner, Skill skill, boolean set, int level) {
		if (!set || skill == null || skill.eIsProxy()) {
			return; // a missing level or skill is reported by EMF's required-value check
		}
		ProficiencyScale scale = Scales.of(skill);
		if (scale == null) {
			add(Severity.ERROR, owner, "the skill '" + skill.getId() + "' has no proficiency scale (its framework defines none)");
			return;
		}
		if (scale.getLevels().stream().noneMatch(l -> l.getValue() == level)) {
			add(Severity.ERROR, owner, "level " + level + " is not a level of the scale '" + scale.getId() + "' ("
					+ Scales.describeRange(scale) + ")");
		}
	}

	private void checkResource(LearningResource learning) {
		if (learning.getCost() != null && learning.getCost().signum() < 0) {
			add(Severity.ERROR, learning, "cost " + learning.getCost() + " must not be negative");
		}
		if (learning.getHours() < 0) {
			add(Severity.ERROR, learning, "hours " + learning.getHours() + " must not be negative");
		}
		if (learning.getCurrency() != null && !learning.getCurrency().matches("[A-Z]{3}")) {
			add(Severity.WARNING, learning, "currency '" + learning.getCurrency() + "' is not an ISO 4217 code such as USD");
		}
	}

	private void checkPlan(LearningPlan plan) {
		for (PlanStep step : plan.getSteps()) {
			if (step.getStartWeek() < 1) {
				add(Severity.ERROR, step, "start week " + step.getStartWeek() + " must be 1 or later");
			}
			if (step.getEndWeek() < step.getStartWeek()) {
				add(Severity.ERROR, step, "end week " + step.getEndWeek() + " is before start week " + step.getStartWeek());
			}
			if (plan.getStartDate() != null && plan.getEndDate() != null
					&& plan.getStartDate().plusWeeks(step.getEndWeek()).minusDays(1).isAfter(plan.getEndDate())) {
				add(Severity.ERROR, step, "ends in week " + step.getEndWeek() + ", after the plan's end date " + plan.getEndDate());
			}
			if (step.getHoursLogged() < 0) {
				add(Severity.ERROR, step, "hours logged must not be negative");
			}
		}
		if (plan.getStartDate() != null && plan.getEndDate() != null && plan.getEndDate().isBefore(plan.getStartDate())) {
			add(Severity.ERROR, plan, "end date " + plan.getEndDate() + " is before start date " + plan.getStartDate());
		}
	}

	private void add(Severity severity, EObject object, String message) {
		int line = resource instanceof UpskillResource upskill ? upskill.getLine(object) : 0;
		problems.add(new Problem(severity, fileName, line, 0, Labels.of(object), message));
	}

}
