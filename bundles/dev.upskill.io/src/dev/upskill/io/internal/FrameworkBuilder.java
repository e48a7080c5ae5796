/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.upskill.io.ImportRequest;
import dev.upskill.model.Framework;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.UpskillFactory;

/** Pieces every built-in importer builds frameworks with. */
public final class FrameworkBuilder {

	private static final Pattern MULTI_VALUE = Pattern.compile("\\s*\\|\\s*|\\s*\\R\\s*");

	private FrameworkBuilder() {
	}

	/**
	 * A new framework with the request's id, name and version, or the given defaults. Null (and an
	 * error) when the requested id is one the model cannot hold.
	 */
	public static Framework framework(ImportSession session, String defaultId, String defaultName, String defaultVersion, Ids ids) {
		ImportRequest request = session.request();
		String id = request.frameworkId() == null ? defaultId : request.frameworkId();
		if (!Ids.valid(id)) {
			session.error(String.valueOf(request.inputs().isEmpty() ? "import" : request.inputs().get(0)), 0, "the framework id '" + id
					+ "' may use only letters, digits, '_', '.' and '-' (no colon, no space)");
			return null;
		}
		ids.reserve(id);
		Framework framework = UpskillFactory.eINSTANCE.createFramework();
		framework.setId(id);
		framework.setName(request.name() == null ? defaultName : request.name());
		framework.setVersion(request.version() == null ? defaultVersion : request.version());
		return framework;
	}

	/** A scale with the given level names for the values 0, 1, 2, ... */
	public static ProficiencyScale scale(String id, String name, String description, String... levels) {
		ProficiencyScale scale = UpskillFactory.eINSTANCE.createProficiencyScale();
		scale.setId(id);
		scale.setName(name);
		scale.setDescription(description);
		for (int value = 0; value < levels.length; value++) {
			ProficiencyLevel level = UpskillFactory.eINSTANCE.createProficiencyLevel();
			level.setValue(value);
			level.setName(levels[value]);
			scale.getLevels().add(level);
		}
		return scale;
	}

	/** The values of a cell that holds several, separated by line breaks or {@code |}; never empty strings. */
	public static List<String> values(String cell) {
		List<String> values = new ArrayList<>();
		if (cell == null || cell.isBlank()) {
			return values;
		}
		Set<String> seen = new HashSet<>();
		for (String value : MULTI_VALUE.split(cell.strip())) {
			if (!value.isEmpty() && seen.add(value)) {
				values.add(value);
			}
		}
		return values;
	}

	/** The text, or null when blank. */
	public static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * Puts each category under its parent, or at the top of the framework when it has none (or
	 * when nesting it would make a loop: the loop is reported).
	 *
	 * @param categories the categories, in the order they are to appear
	 * @param parents each category's parent key, by the category's key
	 * @return the keys of the categories whose parent made a loop
	 */
	public static <K> List<K> nest(Framework framework, Map<K, SkillCategory> categories, Map<K, K> parents) {
		List<K> loops = new ArrayList<>();
		for (Map.Entry<K, SkillCategory> entry : categories.entrySet()) {
			K key = entry.getKey();
			K parentKey = parents.get(key);
			SkillCategory parent = parentKey == null ? null : categories.get(parentKey);
			if (parent != null && leadsTo(parents, parentKey, key)) {
				loops.add(key);
				parent = null;
			}
			if (parent == null) {
				framework.getCategories().add(entry.getValue());
			} else {
				parent.getSubcategories().add(entry.getValue());
			}
		}
		return loops;
	}

	/** Whether following the parents from {@code from} reaches {@code target}. */
	private static <K> boolean leadsTo(Map<K, K> parents, K from, K target) {
		Set<K> seen = new LinkedHashSet<>();
		for (K at = from; at != null && seen.add(at); at = parents.get(at)) {
			if (at.equals(target)) {
				return true;
			}
		}
		return false;
	}
}
