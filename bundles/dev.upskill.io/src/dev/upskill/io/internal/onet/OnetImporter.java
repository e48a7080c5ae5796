/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal.onet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/**
 * Reads the O*NET database's tab-separated text files:
 * <ul>
 * <li>{@code Occupation Data.txt}: occupations as roles, with the O*NET-SOC code as the id
 * ({@code 15-1252.00}), the SOC major group as the family and the O*NET OnLine page as the source
 * URI; {@code Job Zones.txt} adds the job zone as the facet {@code job-zone-N};</li>
 * <li>{@code Related Occupations.txt}: related roles;</li>
 * <li>{@code Technology Skills.txt}: each example technology becomes a tool skill
 * ({@code tech.<name>}) in the category of its commodity, with the facet {@code hot-technology}
 * when O*NET marks it so; each occupation requires its technologies on the two-level scale
 * "O*NET technology" (used or not): essential when O*NET marks the technology in demand for the
 * occupation, optional otherwise, weighing 1, plus 0.5 for a hot technology, plus 1 when in
 * demand;</li>
 * <li>{@code Skills.txt}, {@code Knowledge.txt}, {@code Abilities.txt}: each element becomes a
 * skill (id: its element id, {@code 2.A.1.a}) in the categories of {@code Content Model Reference.txt}
 * when given; each occupation requires it at its LV level rounded, on O*NET's 0-7 level scale,
 * weighing its IM importance (1-5), essential from an importance of 3 (O*NET's "important"). A
 * level that rounds to 0 or is marked not relevant is no requirement.</li>
 * </ul>
 */
public final class OnetImporter implements FrameworkImporter {

	static final String LEVEL_SCALE = "onet.level";
	static final String TECHNOLOGY_SCALE = "onet.technology";
	static final String SOC = "O*NET-SOC Code";
	/** From this IM importance on a requirement is essential ("important" in O*NET's wording). */
	static final double ESSENTIAL_IMPORTANCE = 3.0;

	/** The files this importer reads, in the order it reads them. */
	enum Part {
		README("read me.txt"),
		CONTENT_MODEL("content model reference.txt", "Element ID", "Element Name"),
		OCCUPATIONS("occupation data.txt", SOC, "Title"),
		JOB_ZONES("job zones.txt", SOC, "Job Zone"),
		RELATED("related occupations.txt", SOC, "Related O*NET-SOC Code"),
		TECHNOLOGY("technology skills.txt", SOC, "Example", "Commodity Code", "Commodity Title", "Hot Technology"),
		SKILLS("skills.txt", SOC, "Element ID", "Element Name", "Scale ID", "Data Value"),
		KNOWLEDGE("knowledge.txt", SOC, "Element ID", "Element Name", "Scale ID", "Data Value"),
		ABILITIES("abilities.txt", SOC, "Element ID", "Element Name", "Scale ID", "Data Value");

		final String file;
		final List<String> required;

		Part(String file, String... required) {
			this.file = file;
			this.required = List.of(required);
		}

		static Part of(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			for (Part part : values()) {
				if (part.file.equals(lower)) {
					return part;
				}
			}
			return null;
		}
	}

	private static final Map<String, String> SOC_MAJOR_GROUPS = Map.ofEntries(Map.entry("11", "Management"),
			Map.entry("13", "Business and Financial Operations"), Map.entry("15", "Computer and Mathematical"),
			Map.entry("17", "Architecture and Engineering"), Map.entry("19", "Life, Physical, and Social Science"),
			Map.entry("21", "Community and Social Service"), Map.entry("23", "Legal"), Map.entry("25", "Educational Instruction and Library"),
			Map.entry("27", "Arts, Design, Entertainment, Sports, and Media"), Map.entry("29", "Healthcare Practitioners and Technical"),
			Map.entry("31", "Healthcare Support"), Map.entry("33", "Protective Service"), Map.entry("35", "Food Preparation and Serving Related"),
			Map.entry("37", "Building and Grounds Cleaning and Maintenance"), Map.entry("39", "Personal Care and Service"),
			Map.entry("41", "Sales and Related"), Map.entry("43", "Office and Administrative Support"),
			Map.entry("45", "Farming, Fishing, and Forestry"), Map.entry("47", "Construction and Extraction"),
			Map.entry("49", "Installation, Maintenance, and Repair"), Map.entry("51", "Production"),
			Map.entry("53", "Transportation and Material Moving"), Map.entry("55", "Military Specific"));
	private static final Pattern VERSION = Pattern.compile("O\\*NET\\s+([0-9]+(\\.[0-9]+)*)\\s+Database");

	private final UpskillFactory factory = UpskillFactory.eINSTANCE;
	private final Ids ids = new Ids();
	private ImportSession session;
	private Framework framework;
	private ProficiencyScale technologyScale;
	private final Map<String, Role> roles = new LinkedHashMap<>();
	private final Map<String, String[]> contentModel = new HashMap<>();
	private final Map<String, SkillCategory> categories = new HashMap<>();
	private final Map<String, Skill> elements = new HashMap<>();
	private final Map<String, Skill> technologies = new HashMap<>();
	private final Map<String, ToolRequirement> toolRequirements = new HashMap<>();

	/** A role's requirement of a technology, with O*NET's flags over all the lines that name the pair. */
	private static final class ToolRequirement {
		SkillRequirement requirement;
		boolean hot;
		boolean inDemand;
	}

	/** One occupation's rating of one element: importance and level. */
	private static final class Rating {
		Role role;
		Skill skill;
		Double importance;
		Double level;
		boolean notRelevant;
	}

	@Override
	public ImportResult read(ImportRequest request, IProgressMonitor monitor) {
		session = new ImportSession(request, monitor, "Importing O*NET", 0);
		Map<Part, Path> parts = new EnumMap<>(Part.class);
		List<String> ignored = new ArrayList<>();
		for (Path file : session.files()) {
			Part part = Part.of(file.getFileName().toString());
			if (part == null) {
				ignored.add(file.getFileName().toString());
			} else {
				parts.put(part, file);
			}
		}
		if (!ignored.isEmpty()) {
			session.info("O*NET", "left out, not files this importer reads: " + String.join(", ", ignored));
		}
		if (!parts.containsKey(Part.OCCUPATIONS) && !parts.containsKey(Part.TECHNOLOGY) && !parts.containsKey(Part.SKILLS)
				&& !parts.containsKey(Part.KNOWLEDGE) && !parts.containsKey(Part.ABILITIES)) {
			session.error(request.inputs().isEmpty() ? "import" : request.inputs().get(0).toString(), 0,
					"none of the files is an O*NET occupations, technology or rating file"
							+ " (Occupation Data.txt, Technology Skills.txt, Skills.txt, Knowledge.txt, Abilities.txt)");
			return session.result(null);
		}
		session.total(ImportSession.size(List.copyOf(parts.values())));
		framework = FrameworkBuilder.framework(session, "onet", "O*NET", version(parts.get(Part.README)), ids);
		if (framework == null) {
			return session.result(null);
		}
		framework.setPublisher("O*NET Resource Center, U.S. Department of Labor, Employment and Training Administration");
		framework.setSourceUri("https://www.onetcenter.org/database.html");
		framework.setLicence("CC-BY-4.0");
		framework.setDescription("The O*NET database: occupations with their technologies, related occupations and ratings.");
		framework.getScales().add(FrameworkBuilder.scale(LEVEL_SCALE, "O*NET level",
				"O*NET's level scale (LV), 0 to 7, as its ratings of skills, knowledge and abilities use it.", "0", "1", "2", "3", "4",
				"5", "6", "7"));
		technologyScale = FrameworkBuilder.scale(TECHNOLOGY_SCALE, "O*NET technology",
				"Whether a technology is used: O*NET lists the technologies of each occupation, not how well they are used.",
				"Not used", "Used");
		framework.getScales().add(technologyScale);

		for (Part part : Part.values()) {
			Path file = parts.get(part);
			if (file == null || part == Part.README) {
				continue;
			}
			TableFile table = TableFile.tsv(session, file);
			Unknown unknown = new Unknown(table.name());
			switch (part) {
				case CONTENT_MODEL -> table.read(part.required,
						row -> contentModel.put(row.get("Element ID"), new String[] { row.get("Element Name"), row.get("Description") }));
				case OCCUPATIONS -> table.read(part.required, this::occupation);
				case JOB_ZONES -> table.read(part.required, row -> jobZone(row, unknown));
				case RELATED -> table.read(part.required, row -> related(row, unknown));
				case TECHNOLOGY -> table.read(part.required, row -> technology(row, unknown));
				case SKILLS, KNOWLEDGE, ABILITIES -> ratings(part, table, unknown);
				default -> throw new IllegalStateException(part.name());
			}
			unknown.report();
		}
		missing(parts);
		return session.result(framework);
	}

	/** The release named in {@code Read Me.txt} ("O*NET 29.2 Database"), or null. */
	private String version(Path readMe) {
		if (readMe == null) {
			return null;
		}
		try {
			String head = new String(Files.readAllBytes(readMe), 0, (int) Math.min(Files.size(readMe), 4096), StandardCharsets.UTF_8);
			Matcher matcher = VERSION.matcher(head);
			return matcher.find() ? matcher.group(1) : null;
		} catch (IOException | IndexOutOfBoundsException e) {
			session.info(readMe.getFileName().toString(), "the release could not be read from it");
			return null;
		}
	}

	private void occupation(TableFile.Row row) {
		String code = row.get(SOC);
		if (code.isEmpty() || roles.containsKey(code)) {
			return;
		}
		Role role = factory.createRole();
		role.setId(ids.unique(Ids.clean(code), "occupation"));
		String title = FrameworkBuilder.text(row.get("Title"));
		role.setName(title == null ? code : title);
		role.setDescription(FrameworkBuilder.text(row.get("Description")));
		role.setSourceUri("https://www.onetonline.org/link/summary/" + code);
		String group = SOC_MAJOR_GROUPS.get(code.length() >= 2 ? code.substring(0, 2) : code);
		if (group != null) {
			role.setFamily(group + " Occupations");
		}
		roles.put(code, role);
		framework.getRoles().add(role);
	}

	private void jobZone(TableFile.Row row, Unknown unknown) {
		Role role = role(row, unknown);
		String zone = row.get("Job Zone");
		if (role != null && zone.matches("[1-5]")) {
			role.getFacets().add("job-zone-" + zone);
		} else if (role != null) {
			session.warning(unknown.file, row.line(), "the job zone '" + zone + "' is not 1 to 5; it is left out");
		}
	}

	private void related(TableFile.Row row, Unknown unknown) {
		Role role = role(row, unknown);
		Role other = roles.get(row.get("Related O*NET-SOC Code"));
		if (role == null) {
			return;
		}
		if (other == null) {
			unknown.add(row.line(), row.get("Related O*NET-SOC Code"));
		} else if (other != role && !role.getRelatedRoles().contains(other)) {
			role.getRelatedRoles().add(other);
		}
	}

	private void technology(TableFile.Row row, Unknown unknown) {
		String example = row.get("Example");
		if (example.isEmpty()) {
			session.warning(unknown.file, row.line(), "names no technology (Example is empty); the line is left out");
			return;
		}
		boolean hot = row.get("Hot Technology").equalsIgnoreCase("Y");
		boolean inDemand = row.get("In Demand").equalsIgnoreCase("Y");
		Skill skill = technologies.get(example);
		if (skill == null) {
			Skill tool = factory.createSkill();
			tool.setId(ids.unique("tech." + (Ids.slug(example) == null ? "unnamed" : Ids.slug(example)), "tech"));
			tool.setName(example);
			tool.setKind(SkillKind.TOOL);
			tool.setScale(technologyScale);
			tool.setCategory(commodity(row.get("Commodity Code"), row.get("Commodity Title")));
			technologies.put(example, tool);
			framework.getSkills().add(tool);
			skill = tool;
		}
		if (hot && !skill.getFacets().contains("hot-technology")) {
			skill.getFacets().add("hot-technology");
		}
		Role role = role(row, unknown);
		if (role == null) {
			return;
		}
		ToolRequirement tool = toolRequirements.computeIfAbsent(role.getId() + '\u0000' + example, k -> {
			ToolRequirement created = new ToolRequirement();
			created.requirement = factory.createSkillRequirement();
			created.requirement.setSkill(technologies.get(example));
			created.requirement.setLevel(1);
			role.getRequirements().add(created.requirement);
			return created;
		});
		tool.hot |= hot;
		tool.inDemand |= inDemand;
		tool.requirement.setImportance(tool.inDemand ? Importance.ESSENTIAL : Importance.OPTIONAL);
		tool.requirement.setWeight(1.0 + (tool.hot ? 0.5 : 0.0) + (tool.inDemand ? 1.0 : 0.0));
	}

	private SkillCategory commodity(String code, String title) {
		SkillCategory technology = categories.get("technology");
		if (technology == null) {
			technology = factory.createSkillCategory();
			technology.setId(ids.unique("technology", "technology"));
			technology.setName("Technology");
			technology.setDescription("Software and tools, by the UNSPSC commodity O*NET files them under.");
			framework.getCategories().add(technology);
			categories.put("technology", technology);
		}
		String key = "commodity." + (code.isEmpty() ? Ids.slug(title) : code);
		SkillCategory category = categories.get(key);
		if (category == null) {
			category = factory.createSkillCategory();
			category.setId(ids.unique(Ids.clean(key), "commodity"));
			category.setName(title.isEmpty() ? code : title);
			technology.getSubcategories().add(category);
			categories.put(key, category);
		}
		return category;
	}

	private void ratings(Part part, TableFile table, Unknown unknown) {
		Map<String, Rating> ratings = new LinkedHashMap<>();
		table.read(part.required, row -> {
			Role role = role(row, unknown);
			String element = row.get("Element ID");
			if (role == null || element.isEmpty()) {
				return;
			}
			Double value = number(row.get("Data Value"));
			if (value == null) {
				session.warning(table.name(), row.line(), "the Data Value '" + row.get("Data Value") + "' is not a number; the line is left out");
				return;
			}
			Skill skill = element(part, element, row.get("Element Name"));
			Rating rating = ratings.computeIfAbsent(role.getId() + '\u0000' + skill.getId(), k -> new Rating());
			rating.role = role;
			rating.skill = skill;
			switch (row.get("Scale ID").toUpperCase(Locale.ROOT)) {
				case "IM" -> rating.importance = value;
				case "LV" -> {
					rating.level = value;
					rating.notRelevant = row.get("Not Relevant").equalsIgnoreCase("Y");
				}
				default -> {
					// other scales (extent, frequency) are not requirements
				}
			}
		});
		int withoutLevel = 0;
		int notRequired = 0;
		for (Rating rating : ratings.values()) {
			if (rating.level == null) {
				withoutLevel++;
				continue;
			}
			int level = (int) Math.round(Math.max(0, Math.min(7, rating.level)));
			if (level == 0 || rating.notRelevant) {
				notRequired++;
				continue;
			}
			SkillRequirement requirement = factory.createSkillRequirement();
			requirement.setSkill(rating.skill);
			requirement.setLevel(level);
			double importance = rating.importance == null ? 1.0 : Math.max(0.01, rating.importance);
			requirement.setWeight(Math.round(importance * 100) / 100.0);
			requirement.setImportance(rating.importance != null && rating.importance >= ESSENTIAL_IMPORTANCE ? Importance.ESSENTIAL
					: Importance.OPTIONAL);
			rating.role.getRequirements().add(requirement);
		}
		if (withoutLevel > 0) {
			session.warning(table.name(), 0, withoutLevel + " ratings have an importance (IM) but no level (LV); they are left out");
		}
		if (notRequired > 0) {
			session.info(table.name(), notRequired + " ratings have level 0 or are marked not relevant; they are no requirement");
		}
	}

	private Skill element(Part part, String id, String name) {
		return elements.computeIfAbsent(Ids.clean(id) == null ? "element" : Ids.clean(id), key -> {
			Skill skill = factory.createSkill();
			skill.setId(ids.unique(key, "element"));
			skill.setName(name.isEmpty() ? id : name);
			skill.setKind(part == Part.KNOWLEDGE ? SkillKind.KNOWLEDGE : SkillKind.SKILL);
			String[] described = contentModel.get(id);
			if (described != null && !described[1].isEmpty()) {
				skill.setDescription(described[1]);
			}
			skill.setCategory(elementCategory(part, id));
			framework.getSkills().add(skill);
			return skill;
		});
	}

	/** The category of an element: its parent in the content model, or one per rating file. */
	private SkillCategory elementCategory(Part part, String id) {
		int dot = id.lastIndexOf('.');
		String parent = dot > 0 ? id.substring(0, dot) : null;
		if (parent != null && contentModel.containsKey(parent)) {
			return contentCategory(parent);
		}
		String key = "onet." + part.name().toLowerCase(Locale.ROOT);
		return categories.computeIfAbsent(key, k -> {
			SkillCategory category = factory.createSkillCategory();
			category.setId(ids.unique(k, "category"));
			category.setName(part == Part.SKILLS ? "Skills" : part == Part.KNOWLEDGE ? "Knowledge" : "Abilities");
			framework.getCategories().add(category);
			return category;
		});
	}

	private SkillCategory contentCategory(String id) {
		SkillCategory existing = categories.get(id);
		if (existing != null) {
			return existing;
		}
		SkillCategory category = factory.createSkillCategory();
		category.setId(ids.unique(Ids.clean(id), "category"));
		String[] described = contentModel.get(id);
		category.setName(described[0]);
		category.setDescription(described[1].isEmpty() ? null : described[1]);
		categories.put(id, category);
		int dot = id.lastIndexOf('.');
		String parent = dot > 0 ? id.substring(0, dot) : null;
		if (parent != null && contentModel.containsKey(parent)) {
			contentCategory(parent).getSubcategories().add(category);
		} else {
			framework.getCategories().add(category);
		}
		return category;
	}

	private Role role(TableFile.Row row, Unknown unknown) {
		String code = row.get(SOC);
		Role role = roles.get(code);
		if (role == null) {
			unknown.add(row.line(), code);
		}
		return role;
	}

	private static Double number(String text) {
		try {
			double value = Double.parseDouble(text);
			return Double.isFinite(value) ? value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private void missing(Map<Part, Path> parts) {
		if (!parts.containsKey(Part.OCCUPATIONS)) {
			session.warning("O*NET", 0, "Occupation Data.txt was not given: the framework has no roles, and nothing requires the skills");
		}
		if (!parts.containsKey(Part.TECHNOLOGY) && !parts.containsKey(Part.SKILLS) && !parts.containsKey(Part.KNOWLEDGE)
				&& !parts.containsKey(Part.ABILITIES)) {
			session.warning("O*NET", 0, "neither Technology Skills.txt nor Skills.txt, Knowledge.txt or Abilities.txt was given:"
					+ " the roles have no requirements");
		}
		if (parts.containsKey(Part.OCCUPATIONS) && !parts.containsKey(Part.JOB_ZONES)) {
			session.info("O*NET", "Job Zones.txt was not given: the roles have no job zone");
		}
	}

	/** Lines that name an occupation (or other element) the files given do not hold. */
	private final class Unknown {
		final String file;
		long count;
		long firstLine;
		String first;

		Unknown(String file) {
			this.file = file;
		}

		void add(long line, String code) {
			if (count++ == 0) {
				firstLine = line;
				first = code.isEmpty() ? "(empty)" : code;
			}
		}

		void report() {
			if (count > 0) {
				session.warning(file, 0, count + (count == 1 ? " line names an occupation" : " lines name an occupation")
						+ " that is not in Occupation Data.txt (the first on line " + firstLine + ": " + first + "); "
						+ (count == 1 ? "it is" : "they are") + " left out");
			}
		}
	}
}
