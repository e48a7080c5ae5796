/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.Framework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillRequirement;

/**
 * What the Frameworks view's filter searches, prepared once per framework load (in the Job that
 * reads the registry) so that a keystroke costs one pass over prepared, case-folded strings.
 * <p>
 * Every element has its own text (name and id; a skill also its aliases; a resource its kind and
 * provider) and the skills it is about (a requirement its skill, a resource the skills it teaches).
 * A query matches an element when its own text contains the query, or it is about a skill the
 * query matches. When the query matches a skill by an alias only ({@code k8s}), the skill's name
 * is searched for too, as a whole word: a filter on an alias finds everything the skill's name
 * finds.
 */
final class FrameworkIndex {

	/** Past this many skills found by an alias alone, their names are not searched for (a one-letter query). */
	static final int MAX_NAMES_FROM_ALIASES = 64;

	private static final Skill[] NO_SKILLS = new Skill[0];

	private final Map<Object, String> texts = new IdentityHashMap<>();
	private final Map<Object, Skill[]> about = new IdentityHashMap<>();
	private final List<Skill> skills = new ArrayList<>();
	private final List<String> skillTexts = new ArrayList<>();
	private final List<String> skillNames = new ArrayList<>();

	static FrameworkIndex of(List<RegisteredFramework> frameworks, List<ContributionProblem> problems) {
		FrameworkIndex index = new FrameworkIndex();
		for (RegisteredFramework registered : frameworks) {
			index.put(registered, registered.name(), registered.id());
			List<Framework> models = new ArrayList<>();
			models.add(registered.framework());
			registered.additions().forEach(a -> models.add(a.model()));
			for (Framework model : models) {
				model.getCategories().forEach(index::category);
			}
			registered.skills().forEach(index::skill);
			for (Role role : registered.roles()) {
				index.put(role, role.getName(), role.getId(), role.getFamily());
				for (SkillRequirement requirement : role.getRequirements()) {
					// The skill's own text, shared: frameworks have a hundred thousand requirements.
					Skill skill = requirement.getSkill();
					String text = skill == null || skill.eIsProxy() ? "" : index.texts.get(skill);
					index.texts.put(requirement, text != null ? text : join(Arrays.asList(skill.getName())));
				}
			}
			for (LearningResource resource : registered.resources()) {
				index.put(resource, resource.getName(), resource.getId(), resource.getProvider(),
						resource.getKind() == null ? null : resource.getKind().getLiteral());
				Skill[] taught = resource.getGains().stream().map(SkillGain::getSkill).filter(s -> s != null && !s.eIsProxy())
						.toArray(Skill[]::new);
				if (taught.length > 0) {
					index.about.put(resource, taught);
				}
			}
		}
		for (ContributionProblem problem : problems) {
			index.put(problem, problem.source(), problem.message(), problem.contributor());
		}
		return index;
	}

	private void category(SkillCategory category) {
		put(category, category.getName(), category.getId());
		category.getSubcategories().forEach(this::category);
	}

	private void skill(Skill skill) {
		List<String> words = new ArrayList<>();
		words.add(skill.getName());
		words.add(skill.getId());
		words.addAll(skill.getAliases());
		String text = join(words);
		texts.put(skill, text);
		skills.add(skill);
		skillTexts.add(text);
		skillNames.add(skill.getName() == null ? "" : skill.getName().toLowerCase(Locale.ROOT));
	}

	/** Any of the words may be null (a role without a family, a resource without a provider). */
	private void put(Object element, String... words) {
		texts.put(element, join(Arrays.asList(words)));
	}

	private static String join(List<String> words) {
		StringBuilder text = new StringBuilder();
		for (String word : words) {
			if (word != null && !word.isBlank()) {
				text.append(word.toLowerCase(Locale.ROOT)).append('\n');
			}
		}
		return text.toString();
	}

	/** The elements the query finds (null for an empty query: everything shows). */
	Matches match(String query) {
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		if (q.isEmpty()) {
			return null;
		}
		Predicate<String> matches = matcher(q);
		Set<Skill> found = Collections.newSetFromMap(new IdentityHashMap<>());
		List<String> names = new ArrayList<>();
		for (int i = 0; i < skills.size(); i++) {
			if (matches.test(skillTexts.get(i))) {
				found.add(skills.get(i));
				String name = skillNames.get(i);
				if (!name.isEmpty() && !matches.test(name)) {
					names.add(name);
				}
			}
		}
		if (names.size() > MAX_NAMES_FROM_ALIASES) {
			names.clear();
		}
		Set<Object> matched = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Map.Entry<Object, String> entry : texts.entrySet()) {
			Object element = entry.getKey();
			String text = entry.getValue();
			if (matches.test(text) || aboutFound(element, found) || containsWord(text, names)) {
				matched.add(element);
			}
		}
		return new Matches(q, matched);
	}

	private boolean aboutFound(Object element, Set<Skill> found) {
		if (element instanceof SkillRequirement requirement) {
			return found.contains(requirement.getSkill());
		}
		if (element instanceof Skill skill) {
			return found.contains(skill);
		}
		for (Skill skill : about.getOrDefault(element, NO_SKILLS)) {
			if (found.contains(skill)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsWord(String text, List<String> words) {
		for (String word : words) {
			for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
				int end = at + word.length();
				if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
						&& (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
					return true;
				}
			}
		}
		return false;
	}

	/** A substring test, or, when the query has {@code *} or {@code ?}, those as wildcards (as in Eclipse's filters). */
	private static Predicate<String> matcher(String q) {
		if (q.indexOf('*') < 0 && q.indexOf('?') < 0) {
			return text -> text.contains(q);
		}
		StringBuilder regex = new StringBuilder();
		for (String part : q.split("(?=[*?])|(?<=[*?])")) {
			regex.append(switch (part) {
				case "*" -> "[^\\n]*";
				case "?" -> "[^\\n]";
				default -> Pattern.quote(part);
			});
		}
		Pattern pattern = Pattern.compile(regex.toString());
		return text -> pattern.matcher(text).find();
	}

	/** The number of elements the index knows (for tests and the view's status). */
	int size() {
		return texts.size();
	}

	/** What a query found: the elements that match themselves (their parents show as well). */
	record Matches(String query, Set<Object> matched) {

		boolean contains(Object element) {
			return matched.contains(element);
		}
	}
}
