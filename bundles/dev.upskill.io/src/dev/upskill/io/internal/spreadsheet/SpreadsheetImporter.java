/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.upskill.io.FrameworkImporter;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.SpreadsheetMapping;
import dev.upskill.io.SpreadsheetMapping.Field;
import dev.upskill.io.internal.FrameworkBuilder;
import dev.upskill.io.internal.Ids;
import dev.upskill.io.internal.ImportSession;
import dev.upskill.io.internal.Reasons;
import dev.upskill.io.internal.spreadsheet.Sheets.SheetRow;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.LearningResource;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillGain;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/**
 * Reads plain spreadsheets, CSV (comma, semicolon or tab separated) or the first sheet of XLSX
 * workbooks, through a {@link SpreadsheetMapping} (the request's options, or guessed from each
 * file's header). One row is a skill in a category; with a role and a level it is also a
 * requirement of that role, of the importance and weight the row gives (essential and 1 when it
 * gives none); with a learning resource, a resource that teaches the skill (to the row's level).
 * <p>
 * Skills, categories and roles are the same element wherever their name appears (any case); their
 * ids are derived from their names ({@code skill.machine-learning}, {@code cat.data},
 * {@code role.data-analyst}; with a hash of the name when the name has characters an id cannot
 * hold, {@code skill.c-1a2b3c4d} for C++), or from the skill id column, so a new export of the same
 * sheet gives the elements still in it the same ids. Levels are numbers or names of the scale
 * "Proficiency 0-5" (None, Awareness, Beginner, Practitioner, Advanced, Expert); any other level is
 * refused with its line.
 */
public final class SpreadsheetImporter implements FrameworkImporter {

	static final String SCALE = "scale.0-5";
	private static final String[] LEVELS = { "None", "Awareness", "Beginner", "Practitioner", "Advanced", "Expert" };
	private static final Set<String> ESSENTIAL = Set.of("essential", "e", "required", "req", "mandatory", "must", "must have", "core",
			"critical", "high", "yes", "y", "true", "x", "1");
	private static final Set<String> OPTIONAL = Set.of("optional", "o", "opt", "nice to have", "desirable", "should", "should have",
			"nice-to-have", "low", "medium", "no", "n", "false", "0");
	private static final Set<String> READS = Set.of("csv", "tsv", "txt", "xlsx", "xlsm");
	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+(\\.0+)?");

	private final UpskillFactory factory = UpskillFactory.eINSTANCE;
	private final Ids ids = new Ids();
	private ImportSession session;
	private Framework framework;
	private ProficiencyScale scale;
	private final Map<String, Skill> skills = new HashMap<>();
	private final Map<String, SkillCategory> categories = new LinkedHashMap<>();
	private final Map<String, String> categoryParents = new HashMap<>();
	private final Map<String, Role> roles = new HashMap<>();
	private final Map<String, LearningResource> resources = new HashMap<>();
	/** Where each requirement was first read, by role and skill id. */
	private final Map<String, Long> requirementLines = new HashMap<>();

	@Override
	public ImportResult read(ImportRequest request, IProgressMonitor monitor) {
		session = new ImportSession(request, monitor, "Importing spreadsheets", 0);
		List<Path> files = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		for (Path file : session.files()) {
			String name = file.getFileName().toString();
			int dot = name.lastIndexOf('.');
			String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
			boolean given = request.inputs().contains(file);
			if (given || READS.contains(extension)) {
				files.add(file);
			} else {
				ignored.add(name);
			}
		}
		if (!ignored.isEmpty()) {
			session.info("spreadsheet", "left out, not .csv, .tsv, .txt or .xlsx files: " + String.join(", ", ignored));
		}
		String first = request.inputs().isEmpty() ? "import" : request.inputs().get(0).toString();
		if (files.isEmpty()) {
			if (request.inputs().isEmpty() || !ignored.isEmpty()) {
				session.error(first, 0, "no spreadsheet to read (.csv, .tsv, .txt or .xlsx)");
			}
			return session.result(null);
		}
		SpreadsheetMapping given = SpreadsheetMapping.fromOptions(request.options());
		if (!given.isEmpty() && !given.missing().isEmpty()) {
			session.error(first, 0, "the mapping names no column for the skill (the field 'skill')");
			return session.result(null);
		}
		long total = 0;
		for (Path file : files) {
			total += Sheets.namedXlsx(file) ? Sheets.xlsxSize(file) : ImportSession.size(List.of(file));
		}
		session.total(total);
		String base = baseName(files.get(0));
		framework = FrameworkBuilder.framework(session, Ids.slug(base) == null ? "spreadsheet" : Ids.slug(base), base, null, ids);
		if (framework == null) {
			return session.result(null);
		}
		framework.setDescription("Imported from " + files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "))
				+ ".");
		scale = FrameworkBuilder.scale(SCALE, "Proficiency 0-5", "Six levels from no knowledge (0) to expert (5).", LEVELS);
		framework.getScales().add(scale);
		for (Path file : files) {
			session.checkCancelled();
			read(file, given);
		}
		FrameworkBuilder.nest(framework, categories, categoryParents).forEach(key -> session.warning(first, 0,
				"the category '" + categories.get(key).getName() + "' would be inside itself through its parents; it is put at the top"));
		return session.result(framework);
	}

	private void read(Path file, SpreadsheetMapping given) {
		String name = file.getFileName().toString();
		List<String> headers;
		try {
			headers = Sheets.headers(file);
		} catch (IOException e) {
			String message = e.getMessage() == null ? Reasons.of(e) : e.getMessage();
			session.error(name, 0, message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message);
			return;
		}
		SpreadsheetMapping mapping = given;
		if (given.isEmpty()) {
			mapping = SpreadsheetMapping.guess(headers);
			if (mapping.column(Field.SKILL) == null) {
				session.error(name, 1, "no column holds the skill: none is named like Skill, Skill name or Competency (the columns: "
						+ headers.stream().filter(h -> !h.isBlank()).limit(12).collect(Collectors.joining(", "))
						+ "); give a mapping that names the skill's column");
				return;
			}
			session.info(name, "the columns were mapped by their names: " + mapping
					+ (mapping.unmapped(headers).isEmpty() ? "" : "; not mapped: " + String.join(", ", mapping.unmapped(headers))));
		}
		Map<Field, String> absent = mapping.absent(headers);
		if (absent.containsKey(Field.SKILL)) {
			// read() names the missing column with the file's header
			Sheets.read(session, file, List.of(mapping.column(Field.SKILL)), row -> {
			});
			return;
		}
		Map<Field, String> columns = new LinkedHashMap<>(mapping.columns());
		absent.forEach((field, column) -> {
			session.warning(name, 1, "the header has no column '" + column + "' (the mapping's " + field.label().toLowerCase(Locale.ROOT)
					+ "); the field is left empty");
			columns.remove(field);
		});
		if (columns.containsKey(Field.ROLE) && !columns.containsKey(Field.LEVEL)) {
			session.warning(name, 1, "there is a role column but no level column: the roles are imported without requirements");
		}
		Sheets.read(session, file, List.of(columns.get(Field.SKILL)), row -> row(name, row, columns));
	}

	private void row(String file, SheetRow row, Map<Field, String> columns) {
		String skillName = clean(row.get(columns.get(Field.SKILL)));
		if (skillName.isEmpty()) {
			boolean blank = columns.values().stream().allMatch(c -> row.get(c).isBlank());
			if (!blank) {
				session.warning(file, row.line(), "names no skill (the column '" + columns.get(Field.SKILL) + "' is empty); the line is left out");
			}
			return;
		}
		SkillCategory category = category(file, row, columns);
		Skill skill = skill(file, row, columns, skillName, category);
		if (skill == null) {
			return;
		}
		int level = level(file, row, columns);
		String roleName = clean(row.get(columns.get(Field.ROLE)));
		if (!roleName.isEmpty()) {
			Role role = role(row, columns, roleName);
			if (level >= 0) {
				requirement(file, row, columns, role, skill, level);
			} else if (level == NO_LEVEL && columns.containsKey(Field.LEVEL)) {
				session.warning(file, row.line(), "names the role '" + roleName + "' but no level (the column '" + columns.get(Field.LEVEL)
						+ "' is empty); the requirement is left out");
			}
		}
		String resourceName = clean(row.get(columns.get(Field.RESOURCE)));
		if (!resourceName.isEmpty()) {
			resource(file, row, columns, resourceName, skill, level);
		}
	}

	/** The row gives no level. */
	private static final int NO_LEVEL = -1;
	/** The row gives a level the scale does not have (reported). */
	private static final int BAD_LEVEL = -2;

	private SkillCategory category(String file, SheetRow row, Map<Field, String> columns) {
		String name = clean(row.get(columns.get(Field.CATEGORY)));
		String parentName = clean(row.get(columns.get(Field.PARENT_CATEGORY)));
		if (name.isEmpty()) {
			if (!parentName.isEmpty()) {
				return category(parentName);
			}
			return null;
		}
		SkillCategory category = category(name);
		if (!parentName.isEmpty()) {
			SkillCategory parent = category(parentName);
			String key = key(name);
			String before = categoryParents.get(key);
			if (parent == category) {
				session.warning(file, row.line(), "the category '" + name + "' is given as its own parent; the parent is left out");
			} else if (before == null) {
				categoryParents.put(key, key(parentName));
			} else if (!before.equals(key(parentName))) {
				session.warning(file, row.line(), "puts the category '" + name + "' under '" + parentName + "', but an earlier line put it under '"
						+ categories.get(before).getName() + "'; it stays there");
			}
		}
		return category;
	}

	private SkillCategory category(String name) {
		return categories.computeIfAbsent(key(name), key -> {
			SkillCategory category = factory.createSkillCategory();
			category.setId(id("cat.", key, name));
			category.setName(name);
			return category;
		});
	}

	private Skill skill(String file, SheetRow row, Map<Field, String> columns, String name, SkillCategory category) {
		String givenId = clean(row.get(columns.get(Field.SKILL_ID)));
		String key = givenId.isEmpty() ? key(name) : "id:" + givenId;
		Skill skill = skills.get(key);
		if (skill == null) {
			skill = factory.createSkill();
			if (givenId.isEmpty()) {
				skill.setId(id("skill.", key, name));
			} else {
				String id = Ids.clean(givenId);
				skill.setId(ids.unique(id, "skill"));
				if (!skill.getId().equals(givenId)) {
					session.warning(file, row.line(), "the skill id '" + givenId + "' " + (id != null && id.equals(givenId)
							? "is also the id of another element" : "has characters an id cannot hold (only letters, digits, '_', '.' and '-')")
							+ "; the skill's id is '" + skill.getId() + "'");
				}
			}
			skill.setName(name);
			skill.setCategory(category);
			skills.put(key, skill);
			framework.getSkills().add(skill);
		} else if (category != null && skill.getCategory() != category) {
			if (skill.getCategory() == null) {
				skill.setCategory(category);
			} else {
				session.warning(file, row.line(), "puts the skill '" + name + "' in the category '" + category.getName()
						+ "', but an earlier line put it in '" + skill.getCategory().getName() + "'; it stays there");
			}
		}
		String description = FrameworkBuilder.text(row.get(columns.get(Field.DESCRIPTION)));
		if (description != null && skill.getDescription() == null) {
			skill.setDescription(description);
		}
		for (String alias : FrameworkBuilder.values(row.get(columns.get(Field.ALIASES)))) {
			if (!skill.getAliases().contains(alias) && !alias.equalsIgnoreCase(skill.getName())) {
				skill.getAliases().add(alias);
			}
		}
		for (String word : FrameworkBuilder.values(row.get(columns.get(Field.REQUIRES_CONTEXT)))) {
			if (!skill.getRequiresContext().contains(word)) {
				skill.getRequiresContext().add(word);
			}
		}
		String kind = clean(row.get(columns.get(Field.KIND)));
		if (!kind.isEmpty()) {
			SkillKind parsed = kind(kind);
			if (parsed == null) {
				session.warning(file, row.line(), "the kind of skill '" + kind
						+ "' is none of skill, knowledge, tool or transversal; the skill keeps its kind");
			} else {
				skill.setKind(parsed);
			}
		}
		return skill;
	}

	private static SkillKind kind(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return switch (lower) {
			case "skill", "skills", "skill/competence", "competence", "competency", "hard skill", "technical" -> SkillKind.SKILL;
			case "knowledge" -> SkillKind.KNOWLEDGE;
			case "tool", "tools", "technology", "software" -> SkillKind.TOOL;
			case "transversal", "soft skill", "soft", "behavioural", "behavioral" -> SkillKind.TRANSVERSAL;
			default -> null;
		};
	}

	/** The row's level: {@link #NO_LEVEL} when it gives none, {@link #BAD_LEVEL} when it is not a level of the scale (reported). */
	private int level(String file, SheetRow row, Map<Field, String> columns) {
		String text = clean(row.get(columns.get(Field.LEVEL)));
		if (text.isEmpty()) {
			return NO_LEVEL;
		}
		Integer value = null;
		if (INTEGER.matcher(text).matches()) {
			try {
				value = Integer.valueOf(text.replaceFirst("\\.0+$", "").replace("+", ""));
			} catch (NumberFormatException e) {
				value = null;
			}
		} else {
			for (ProficiencyLevel level : scale.getLevels()) {
				if (level.getName().equalsIgnoreCase(text)) {
					value = level.getValue();
				}
			}
		}
		Integer found = value;
		if (found == null || scale.getLevels().stream().noneMatch(l -> l.getValue() == found)) {
			session.error(file, row.line(), "the level '" + text + "' is not a level of the scale '" + scale.getName()
					+ "' (0 to 5, or None, Awareness, Beginner, Practitioner, Advanced, Expert); the line's requirement is left out");
			return BAD_LEVEL;
		}
		return found;
	}

	private Role role(SheetRow row, Map<Field, String> columns, String name) {
		Role role = roles.computeIfAbsent(key(name), key -> {
			Role created = factory.createRole();
			created.setId(id("role.", key, name));
			created.setName(name);
			framework.getRoles().add(created);
			return created;
		});
		String family = FrameworkBuilder.text(row.get(columns.get(Field.ROLE_FAMILY)));
		if (family != null && role.getFamily() == null) {
			role.setFamily(family);
		}
		return role;
	}

	private void requirement(String file, SheetRow row, Map<Field, String> columns, Role role, Skill skill, int level) {
		Importance importance = Importance.ESSENTIAL;
		String importanceText = clean(row.get(columns.get(Field.IMPORTANCE)));
		if (!importanceText.isEmpty()) {
			String lower = importanceText.toLowerCase(Locale.ROOT);
			if (ESSENTIAL.contains(lower)) {
				importance = Importance.ESSENTIAL;
			} else if (OPTIONAL.contains(lower)) {
				importance = Importance.OPTIONAL;
			} else {
				session.error(file, row.line(), "the importance '" + importanceText
						+ "' is neither essential (essential, required, must, yes) nor optional (optional, nice to have, no);"
						+ " the line's requirement is left out");
				return;
			}
		}
		double weight = 1.0;
		String weightText = clean(row.get(columns.get(Field.WEIGHT)));
		if (!weightText.isEmpty()) {
			Double parsed = number(weightText);
			if (parsed == null || parsed <= 0) {
				session.error(file, row.line(), "the weight '" + weightText + "' is not a number above 0; the line's requirement is left out");
				return;
			}
			weight = parsed;
		}
		if (level == 0) {
			session.problem(Severity.INFO, file, row.line(), null, "level 0 (None) of '" + skill.getName() + "' for the role '" + role.getName()
					+ "' is no requirement; it is left out");
			return;
		}
		String key = role.getId() + '\u0000' + skill.getId();
		Long earlier = requirementLines.get(key);
		if (earlier != null) {
			SkillRequirement existing = role.getRequirements().stream().filter(r -> r.getSkill() == skill).findFirst().orElse(null);
			if (existing != null && (existing.getLevel() != level || existing.getImportance() != importance || existing.getWeight() != weight)) {
				session.warning(file, row.line(), "the role '" + role.getName() + "' already requires '" + skill.getName() + "' (line " + earlier
						+ ", level " + existing.getLevel() + "); this line's requirement (level " + level + ") is left out");
			}
			return;
		}
		requirementLines.put(key, row.line());
		SkillRequirement requirement = factory.createSkillRequirement();
		requirement.setSkill(skill);
		requirement.setLevel(level);
		requirement.setImportance(importance);
		requirement.setWeight(weight);
		role.getRequirements().add(requirement);
	}

	private void resource(String file, SheetRow row, Map<Field, String> columns, String name, Skill skill, int level) {
		LearningResource resource = resources.computeIfAbsent(key(name), key -> {
			LearningResource created = factory.createLearningResource();
			created.setId(id("resource.", key, name));
			created.setName(name);
			framework.getResources().add(created);
			return created;
		});
		String url = FrameworkBuilder.text(row.get(columns.get(Field.RESOURCE_URL)));
		if (url != null && resource.getUrl() == null) {
			resource.setUrl(url);
		}
		if (level == BAD_LEVEL) {
			return; // reported with the level
		}
		if (level <= 0) {
			session.warning(file, row.line(), "names the learning resource '" + name + "' but no level above 0 that it teaches '" + skill.getName()
					+ "' to; the resource is kept without it");
			return;
		}
		SkillGain gain = resource.getGains().stream().filter(g -> g.getSkill() == skill).findFirst().orElse(null);
		if (gain == null) {
			gain = factory.createSkillGain();
			gain.setSkill(skill);
			gain.setLevel(level);
			resource.getGains().add(gain);
		} else if (gain.getLevel() < level) {
			gain.setLevel(level);
		}
	}

	/**
	 * The id of an element: the prefix and the name's slug when the slug says the name (letters,
	 * digits and spaces), otherwise the slug and a hash of the name, so the id depends on the name
	 * alone; made unique if another element has it already.
	 */
	private String id(String prefix, String key, String name) {
		String slug = Ids.slug(name);
		String plain = SPACES.matcher(key).replaceAll("-");
		String id;
		if (slug != null && slug.equals(plain)) {
			id = prefix + slug;
		} else {
			CRC32 crc = new CRC32();
			crc.update(key.getBytes(StandardCharsets.UTF_8));
			id = prefix + (slug == null ? "" : slug + "-") + String.format(Locale.ROOT, "%08x", crc.getValue());
		}
		return ids.unique(id, prefix + "x");
	}

	/** A name's key: stripped, spaces collapsed, lower case. */
	private static String key(String name) {
		return clean(name).toLowerCase(Locale.ROOT);
	}

	private static String clean(String text) {
		return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
	}

	private static Double number(String text) {
		try {
			double value = Double.parseDouble(text.replace(',', '.'));
			return Double.isFinite(value) ? value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
