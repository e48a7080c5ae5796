/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal.esco;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.upskill.io.FrameworkImporter;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.internal.FrameworkBuilder;
import dev.upskill.io.internal.Ids;
import dev.upskill.io.internal.ImportSession;
import dev.upskill.io.internal.TableFile;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/**
 * Reads ESCO's CSV export (v1.x, English or any other language's files):
 * <ul>
 * <li>skills from {@code skills_en.csv} or any {@code *SkillsCollection_en.csv}: the preferred
 * label as the name, alternative labels as aliases, the description, the skill type as the kind
 * ({@code knowledge}; a transversal reuse level makes it {@code transversal}; otherwise
 * {@code skill}) and the reuse level as a facet ({@code sector-specific}, {@code cross-sector},
 * ...);</li>
 * <li>the skills hierarchy ({@code skillsHierarchy_en.csv}) and skill groups
 * ({@code skillGroups_en.csv}) as nested categories; a skill is in the first category among its
 * broader concepts ({@code broaderConceptUri}, or {@code broaderRelationsSkillPillar_en.csv}), or in
 * that of its broader skill;</li>
 * <li>{@code skillSkillRelations_en.csv} as related skills;</li>
 * <li>occupations ({@code occupations_en.csv}) as roles, and {@code occupationSkillRelations_en.csv}
 * as their requirements, essential or optional, at level 1 of the two-level scale "ESCO" (ESCO
 * says which skills an occupation needs, not how well).</li>
 * </ul>
 * Whatever subset of the files is given, it imports what it can and says what was missing. ESCO's
 * URIs contain colons, which ids cannot: ids are the URI's path ({@code skill.<uuid>},
 * {@code occupation.<uuid>}, {@code isced-f.0613}) and the URI is kept as the source URI.
 */
public final class EscoImporter implements FrameworkImporter {

	static final String BASE = "http://data.europa.eu/esco/";
	static final String ESCO_SCALE = "esco.held";

	/** The files of the export this importer reads, in the order it reads them. */
	enum Part {
		GROUPS("skillGroups_en.csv", "conceptUri", "preferredLabel"),
		HIERARCHY("skillsHierarchy_en.csv", "Level 0 URI"),
		BROADER("broaderRelationsSkillPillar_en.csv", "conceptUri", "broaderUri"),
		SKILLS("skills_en.csv", "conceptUri", "preferredLabel"),
		SKILL_RELATIONS("skillSkillRelations_en.csv", "originalSkillUri", "relatedSkillUri"),
		OCCUPATIONS("occupations_en.csv", "conceptUri", "preferredLabel"),
		OCCUPATION_SKILLS("occupationSkillRelations_en.csv", "occupationUri", "skillUri");

		final List<String> required;

		/** @param file the English file's name, for messages */
		Part(String file, String... required) {
			this.required = List.of(required);
		}

		/** The part a file is, by its name, or null. */
		static Part of(String fileName) {
			String name = fileName.toLowerCase(Locale.ROOT);
			if (!name.endsWith(".csv")) {
				return null;
			}
			if (name.startsWith("skillshierarchy")) {
				return HIERARCHY;
			} else if (name.startsWith("skillgroups")) {
				return GROUPS;
			} else if (name.startsWith("skillskillrelations")) {
				return SKILL_RELATIONS;
			} else if (name.startsWith("occupationskillrelations")) {
				return OCCUPATION_SKILLS;
			} else if (name.startsWith("broaderrelationsskillpillar")) {
				return BROADER;
			} else if (name.startsWith("occupations_") || name.equals("occupations.csv")) {
				return OCCUPATIONS;
			} else if (name.startsWith("skills_") || name.equals("skills.csv") || name.contains("skillscollection")) {
				return SKILLS;
			}
			return null;
		}
	}

	private final UpskillFactory factory = UpskillFactory.eINSTANCE;
	private ImportSession session;
	private Framework framework;
	private final Ids ids = new Ids();
	private final Map<String, SkillCategory> categories = new LinkedHashMap<>();
	private final Map<String, String> categoryParents = new HashMap<>();
	private final Map<String, Skill> skills = new LinkedHashMap<>();
	private final Map<String, List<String>> broader = new HashMap<>();
	private final Map<String, Role> roles = new LinkedHashMap<>();

	@Override
	public ImportResult read(ImportRequest request, IProgressMonitor monitor) {
		session = new ImportSession(request, monitor, "Importing ESCO", 0);
		Map<Part, List<Path>> parts = new EnumMap<>(Part.class);
		for (Path file : session.files()) {
			Part part = Part.of(file.getFileName().toString());
			if (part == null) {
				session.info(file.getFileName().toString(), "not a file of ESCO's CSV export that this importer reads; left out");
			} else {
				parts.computeIfAbsent(part, k -> new ArrayList<>()).add(file);
			}
		}
		if (!parts.containsKey(Part.SKILLS) && !parts.containsKey(Part.OCCUPATIONS) && !parts.containsKey(Part.GROUPS)
				&& !parts.containsKey(Part.HIERARCHY)) {
			session.error(request.inputs().isEmpty() ? "import" : request.inputs().get(0).toString(), 0,
					"none of the files is a skills, skill groups, skills hierarchy or occupations file of ESCO's CSV export"
							+ " (such as skills_en.csv, digitalSkillsCollection_en.csv, skillGroups_en.csv, occupations_en.csv)");
			return session.result(null);
		}
		session.total(ImportSession.size(parts.values().stream().flatMap(List::stream).toList()));
		framework = FrameworkBuilder.framework(session, "esco", "ESCO", null, ids);
		if (framework == null) {
			return session.result(null);
		}
		framework.setPublisher("European Commission");
		framework.setSourceUri("http://data.europa.eu/esco");
		framework.setLicence("ESCO classification of the European Commission, reused under Commission Decision 2011/833/EU; attribution required");
		framework.setDescription("European Skills, Competences, Qualifications and Occupations, imported from its CSV export.");
		framework.getScales().add(FrameworkBuilder.scale(ESCO_SCALE, "ESCO",
				"ESCO says which skills an occupation needs, not how well: a skill is held or not.", "Not held", "Held"));

		for (Part part : Part.values()) {
			for (Path file : parts.getOrDefault(part, List.of())) {
				TableFile table = TableFile.csv(session, file);
				switch (part) {
					case GROUPS -> table.read(part.required, this::group);
					case HIERARCHY -> table.read(part.required, this::hierarchy);
					case SKILLS -> table.read(part.required, row -> skill(table.name(), row));
					case BROADER -> table.read(part.required, this::broader);
					case SKILL_RELATIONS -> {
						Unknown unknown = new Unknown();
						table.read(part.required, row -> relation(row, unknown));
						unknown.report(table.name(), "relation", "skill", "the imported skills");
					}
					case OCCUPATIONS -> table.read(part.required, row -> occupation(table.name(), row));
					case OCCUPATION_SKILLS -> {
						Unknown unknown = new Unknown();
						table.read(part.required, row -> requirement(row, unknown));
						unknown.report(table.name(), "relation", "occupation or skill", "the imported occupations and skills");
					}
				}
			}
			if (part == Part.BROADER) {
				nestCategories();
			} else if (part == Part.SKILLS) {
				placeSkills();
			}
		}
		missing(parts);
		return session.result(framework);
	}

	private void group(TableFile.Row row) {
		String uri = row.get("conceptUri");
		if (uri.isEmpty()) {
			return;
		}
		SkillCategory category = category(uri);
		category.setName(FrameworkBuilder.text(row.get("preferredLabel")));
		String description = FrameworkBuilder.text(row.get("description"));
		if (description != null) {
			category.setDescription(description);
		}
	}

	private void hierarchy(TableFile.Row row) {
		String parent = null;
		for (int level = 0; level <= 3; level++) {
			String uri = row.get("Level " + level + " URI");
			if (uri.isEmpty()) {
				break;
			}
			SkillCategory category = category(uri);
			if (category.getName() == null) {
				category.setName(FrameworkBuilder.text(row.get("Level " + level + " preferred term")));
			}
			if (parent != null && !parent.equals(uri)) {
				categoryParents.putIfAbsent(uri, parent);
			}
			parent = uri;
		}
		if (parent != null) {
			String description = FrameworkBuilder.text(row.get("Description"));
			SkillCategory deepest = categories.get(parent);
			if (description != null && deepest.getDescription() == null) {
				deepest.setDescription(description);
			}
		}
	}

	private SkillCategory category(String uri) {
		return categories.computeIfAbsent(uri, k -> {
			SkillCategory category = factory.createSkillCategory();
			category.setId(ids.unique(Ids.fromUri(k, BASE), "category"));
			return category;
		});
	}

	private void nestCategories() {
		if (categories.isEmpty()) {
			return;
		}
		for (String loop : FrameworkBuilder.nest(framework, categories, categoryParents)) {
			session.warning("skillsHierarchy", 0, "the category " + loop + " is its own ancestor; it is put at the top");
		}
	}

	private void skill(String file, TableFile.Row row) {
		String uri = row.get("conceptUri");
		if (uri.isEmpty()) {
			session.warning(file, row.line(), "has no conceptUri; the skill is left out");
			return;
		}
		Skill skill = skills.get(uri);
		if (skill == null) {
			skill = factory.createSkill();
			skill.setId(ids.unique(Ids.fromUri(uri, BASE), "skill"));
			skill.setSourceUri(uri);
			String label = FrameworkBuilder.text(row.get("preferredLabel"));
			if (label == null) {
				session.warning(file, row.line(), "the skill " + uri + " has no preferredLabel; its id is its name");
			}
			skill.setName(label == null ? skill.getId() : label);
			skill.setDescription(FrameworkBuilder.text(row.get("description")));
			for (String alias : FrameworkBuilder.values(row.get("altLabels"))) {
				if (!alias.equals(skill.getName())) {
					skill.getAliases().add(alias);
				}
			}
			skills.put(uri, skill);
			framework.getSkills().add(skill);
		}
		String type = row.get("skillType").toLowerCase(Locale.ROOT);
		String reuse = row.get("reuseLevel").toLowerCase(Locale.ROOT);
		if (type.contains("knowledge")) {
			skill.setKind(SkillKind.KNOWLEDGE);
		} else if (reuse.equals("transversal") || type.contains("transversal")) {
			skill.setKind(SkillKind.TRANSVERSAL);
		} else {
			skill.setKind(SkillKind.SKILL);
		}
		if (!reuse.isEmpty() && !skill.getFacets().contains(reuse)) {
			skill.getFacets().add(reuse);
		}
		List<String> parents = FrameworkBuilder.values(row.get("broaderConceptUri"));
		if (!parents.isEmpty()) {
			broader.computeIfAbsent(uri, k -> new ArrayList<>()).addAll(parents);
		}
	}

	private void broader(TableFile.Row row) {
		String uri = row.get("conceptUri");
		String parent = row.get("broaderUri");
		if (uri.isEmpty() || parent.isEmpty()) {
			return;
		}
		if (categories.containsKey(uri)) {
			categoryParents.putIfAbsent(uri, parent);
		} else {
			broader.computeIfAbsent(uri, k -> new ArrayList<>()).add(parent);
		}
	}

	/** Each skill goes into its first broader concept that is a category, or that of its broader skill. */
	private void placeSkills() {
		for (Map.Entry<String, Skill> entry : skills.entrySet()) {
			if (entry.getValue().getCategory() == null) {
				entry.getValue().setCategory(categoryOf(entry.getKey(), new HashSet<>()));
			}
		}
	}

	private SkillCategory categoryOf(String uri, Set<String> seen) {
		if (!seen.add(uri)) {
			return null;
		}
		List<String> parents = broader.getOrDefault(uri, List.of());
		for (String parent : parents) {
			SkillCategory category = categories.get(parent);
			if (category != null && category.eContainer() != null) {
				return category;
			}
		}
		for (String parent : parents) {
			if (skills.containsKey(parent)) {
				SkillCategory category = categoryOf(parent, seen);
				if (category != null) {
					return category;
				}
			}
		}
		return null;
	}

	private void relation(TableFile.Row row, Unknown unknown) {
		Skill from = skills.get(row.get("originalSkillUri"));
		Skill to = skills.get(row.get("relatedSkillUri"));
		if (from == null || to == null) {
			unknown.add(row.line(), from == null ? row.get("originalSkillUri") : row.get("relatedSkillUri"));
			return;
		}
		if (from != to && !from.getRelated().contains(to)) {
			from.getRelated().add(to);
		}
	}

	private void occupation(String file, TableFile.Row row) {
		String uri = row.get("conceptUri");
		if (uri.isEmpty()) {
			session.warning(file, row.line(), "has no conceptUri; the occupation is left out");
			return;
		}
		if (roles.containsKey(uri)) {
			return;
		}
		Role role = factory.createRole();
		role.setId(ids.unique(Ids.fromUri(uri, BASE), "occupation"));
		role.setSourceUri(uri);
		String label = FrameworkBuilder.text(row.get("preferredLabel"));
		role.setName(label == null ? role.getId() : label);
		String description = FrameworkBuilder.text(row.get("description"));
		role.setDescription(description == null ? FrameworkBuilder.text(row.get("definition")) : description);
		String isco = FrameworkBuilder.text(row.get("iscoGroup"));
		if (isco != null) {
			role.setFamily("ISCO " + isco);
		}
		roles.put(uri, role);
		framework.getRoles().add(role);
	}

	private final Map<Role, Map<Skill, SkillRequirement>> required = new HashMap<>();

	private void requirement(TableFile.Row row, Unknown unknown) {
		Role role = roles.get(row.get("occupationUri"));
		Skill skill = skills.get(row.get("skillUri"));
		if (role == null || skill == null) {
			unknown.add(row.line(), role == null ? row.get("occupationUri") : row.get("skillUri"));
			return;
		}
		Importance importance = row.get("relationType").toLowerCase(Locale.ROOT).startsWith("essential") ? Importance.ESSENTIAL
				: Importance.OPTIONAL;
		Map<Skill, SkillRequirement> ofRole = required.computeIfAbsent(role, k -> new HashMap<>());
		SkillRequirement existing = ofRole.get(skill);
		if (existing != null) {
			if (importance == Importance.ESSENTIAL) {
				existing.setImportance(importance);
			}
			return;
		}
		SkillRequirement requirement = factory.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(1);
		requirement.setImportance(importance);
		requirement.setWeight(1.0);
		role.getRequirements().add(requirement);
		ofRole.put(skill, requirement);
	}

	private void missing(Map<Part, List<Path>> parts) {
		String where = "ESCO";
		if (!parts.containsKey(Part.SKILLS)) {
			session.warning(where, 0, "no skills file was given (skills_en.csv or a *SkillsCollection_en.csv): the framework has no skills"
					+ (parts.containsKey(Part.OCCUPATIONS) ? " and its roles no requirements" : ""));
		}
		if (!parts.containsKey(Part.HIERARCHY) && !parts.containsKey(Part.GROUPS)) {
			session.warning(where, 0, "skillsHierarchy_en.csv and skillGroups_en.csv were not given: the skills have no categories");
		} else if (!parts.containsKey(Part.HIERARCHY)) {
			session.warning(where, 0, "skillsHierarchy_en.csv was not given: the skill groups are not nested");
		}
		if (parts.containsKey(Part.SKILLS) && !parts.containsKey(Part.SKILL_RELATIONS)) {
			session.warning(where, 0, "skillSkillRelations_en.csv was not given: the skills have no related skills");
		}
		if (!parts.containsKey(Part.OCCUPATIONS)) {
			session.warning(where, 0, "occupations_en.csv was not given: the framework has no roles");
		} else if (!parts.containsKey(Part.OCCUPATION_SKILLS)) {
			session.warning(where, 0, "occupationSkillRelations_en.csv was not given: the " + roles.size()
					+ " roles have no requirements");
		}
		if (!categories.isEmpty()) {
			long outside = framework.getSkills().stream().filter(s -> s.getCategory() == null).count();
			if (outside > 0) {
				session.info(where, outside + " of " + framework.getSkills().size()
						+ " skills are in no category: none of their broader concepts is a skill group of the files given");
			}
		}
	}

	/** References to elements the files given do not hold: counted, reported once per file with the first. */
	private final class Unknown {
		long count;
		long firstLine;
		String first;

		void add(long line, String uri) {
			if (count++ == 0) {
				firstLine = line;
				first = uri.isEmpty() ? "(empty)" : uri;
			}
		}

		void report(String file, String what, String kind, String among) {
			if (count > 0) {
				session.warning(file, 0, count + " " + what + (count == 1 ? " names" : "s name") + " a " + kind + " that is not among "
						+ among + " (the first on line " + firstLine + ": " + first + "); " + (count == 1 ? "it is" : "they are")
						+ " left out");
			}
		}
	}
}
