/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.examples.acme;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.framework.FrameworkUtil;

import dev.upskill.core.frameworks.FrameworkProvider;
import dev.upskill.model.Framework;
import dev.upskill.model.Importance;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillKind;
import dev.upskill.model.SkillRequirement;
import dev.upskill.model.UpskillFactory;

/**
 * Builds the framework {@code acme-hr} from Acme's HR system export ({@code data/hr-competencies.csv}):
 * one row per job and competency. An organization would read its own export, a database or a
 * service here instead.
 */
public class HrExportFrameworkProvider implements FrameworkProvider {

	static final String EXPORT = "data/hr-competencies.csv";
	private static final UpskillFactory FACTORY = UpskillFactory.eINSTANCE;
	private static final String[] LEVELS = { "Foundation", "Working", "Skilled", "Expert" };

	@Override
	public List<Framework> provideFrameworks() throws IOException {
		URL export = FrameworkUtil.getBundle(getClass()).getEntry(EXPORT);
		if (export == null) {
			throw new IOException("The HR export " + EXPORT + " is missing from the bundle");
		}
		try (InputStream in = export.openStream()) {
			return List.of(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
	}

	static Framework read(Reader csv) throws IOException {
		Framework framework = FACTORY.createFramework();
		framework.setId("acme-hr");
		framework.setName("Acme job architecture (HR export)");
		framework.setPublisher("Acme Corp HR");
		framework.setDescription("Competencies per job, exported from Acme's HR system.");
		ProficiencyScale scale = FACTORY.createProficiencyScale();
		scale.setId("acme.scale.1-4");
		scale.setName("Acme levels 1-4");
		for (int value = 1; value <= LEVELS.length; value++) {
			ProficiencyLevel level = FACTORY.createProficiencyLevel();
			level.setValue(value);
			level.setName(LEVELS[value - 1]);
			scale.getLevels().add(level);
		}
		framework.getScales().add(scale);

		Map<String, SkillCategory> groups = new LinkedHashMap<>();
		Map<String, Skill> skills = new LinkedHashMap<>();
		Map<String, Role> roles = new LinkedHashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
				.setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(csv, format)) {
			for (CSVRecord row : parser) {
				SkillCategory group = groups.computeIfAbsent(row.get("competency_group"), name -> {
					SkillCategory category = FACTORY.createSkillCategory();
					category.setId("acme.group." + name.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
					category.setName(name);
					framework.getCategories().add(category);
					return category;
				});
				Skill skill = skills.computeIfAbsent(row.get("competency_id"), id -> {
					Skill created = FACTORY.createSkill();
					created.setId(id);
					created.setName(row.get("competency"));
					created.setKind(SkillKind.get(row.get("kind")));
					created.setCategory(group);
					framework.getSkills().add(created);
					return created;
				});
				Role role = roles.computeIfAbsent(row.get("job_code"), code -> {
					Role created = FACTORY.createRole();
					created.setId("acme.job." + code.toLowerCase());
					created.setName(row.get("job_title"));
					created.setFamily(row.get("job_family"));
					framework.getRoles().add(created);
					return created;
				});
				SkillRequirement requirement = FACTORY.createSkillRequirement();
				requirement.setSkill(skill);
				try {
					requirement.setLevel(Integer.parseInt(row.get("required_level")));
				} catch (NumberFormatException e) {
					throw new IOException(EXPORT + " line " + parser.getCurrentLineNumber() + ": required_level '"
							+ row.get("required_level") + "' is not a number", e);
				}
				requirement.setImportance("yes".equalsIgnoreCase(row.get("mandatory")) ? Importance.ESSENTIAL : Importance.OPTIONAL);
				role.getRequirements().add(requirement);
			}
		}
		return framework;
	}
}
