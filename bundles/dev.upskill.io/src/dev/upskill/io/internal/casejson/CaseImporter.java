/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.io.internal.casejson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.upskill.io.FrameworkImporter;
import dev.upskill.io.ImportProblem.Severity;
import dev.upskill.io.ImportRequest;
import dev.upskill.io.ImportResult;
import dev.upskill.io.internal.FrameworkBuilder;
import dev.upskill.io.internal.Ids;
import dev.upskill.io.internal.ImportSession;
import dev.upskill.model.Framework;
import dev.upskill.model.ProficiencyLevel;
import dev.upskill.model.ProficiencyScale;
import dev.upskill.model.Skill;
import dev.upskill.model.SkillCategory;
import dev.upskill.model.SkillKind;
import dev.upskill.model.UpskillFactory;

/**
 * Reads a 1EdTech CASE 1.1 package (JSON):
 * <ul>
 * <li>the CFDocument becomes the framework (its identifier the id, unless another is asked for;
 * title, version, creator or publisher, URI and licence);</li>
 * <li>CFItems become skills, or categories when their CFItemType names a grouping (cluster,
 * domain, strand, grade, course, ...); an item that has children (by {@code isChildOf}) is also a
 * category ({@code <identifier>.group}) for them. Items keep their CASE identifier as their id and
 * their URI as the source URI; the human coding scheme is an alias;</li>
 * <li>{@code precedes} gives prerequisites, {@code isRelatedTo} and {@code exactMatchOf} related
 * skills (within the package; associations that leave it are counted and left out);</li>
 * <li>each CFRubric criterion becomes a proficiency scale of its levels (by score, or position), and
 * the scale of the item it is for. The first scale, "Achieved", is the default of the others.</li>
 * </ul>
 */
public final class CaseImporter implements FrameworkImporter {

	static final String DEFAULT_SCALE = "case.achieved";
	private static final Pattern GROUPING = Pattern.compile(
			"cluster|domain|strand|grade|course|subject|category|group|area|topic|unit|section|theme|framework|level|band|pillar");

	private final UpskillFactory factory = UpskillFactory.eINSTANCE;
	private final Ids ids = new Ids();
	private ImportSession session;
	private Framework framework;
	private String file;

	/** An item as read, and what it became. */
	private static final class Item {
		JsonObject json;
		String identifier;
		boolean grouping;
		String parent;
		Skill skill;
		SkillCategory category;
	}

	@Override
	public ImportResult read(ImportRequest request, IProgressMonitor monitor) {
		session = new ImportSession(request, monitor, "Importing CASE", 0);
		List<Path> files = session.files();
		List<Path> json = files.stream().filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")).toList();
		for (Path other : files) {
			if (!json.contains(other)) {
				session.info(other.getFileName().toString(), "not a .json file; left out");
			}
		}
		if (json.isEmpty()) {
			session.error(request.inputs().isEmpty() ? "import" : request.inputs().get(0).toString(), 0,
					"no .json file of a CASE package was given");
			return session.result(null);
		}
		for (Path extra : json.subList(1, json.size())) {
			session.warning(extra.getFileName().toString(), 0, "one CASE package is imported at a time; this one is left out");
		}
		Path path = json.get(0);
		file = path.getFileName().toString();
		session.total(ImportSession.size(List.of(path)));
		CasePackage casePackage = CasePackage.read(session, path);
		if (casePackage.document == null) {
			if (casePackage.whole) {
				session.error(file, 0, "has no CFDocument: it is not a CASE package");
			}
			if (casePackage.items.isEmpty()) {
				return session.result(null);
			}
		}
		JsonObject document = casePackage.document == null ? new JsonObject() : casePackage.document;
		String documentId = string(document, "identifier");
		String defaultId = Ids.valid(documentId) ? documentId : Ids.slug(string(document, "title"));
		framework = FrameworkBuilder.framework(session, defaultId == null ? "case" : defaultId,
				string(document, "title") == null ? "CASE framework" : string(document, "title"), string(document, "version"), ids);
		if (framework == null) {
			return session.result(null);
		}
		framework.setPublisher(string(document, "publisher") == null ? string(document, "creator") : string(document, "publisher"));
		framework.setSourceUri(string(document, "uri") == null ? string(document, "CFPackageURI") : string(document, "uri"));
		framework.setDescription(join(string(document, "description"), string(document, "notes")));
		framework.setLicence(licence(document, casePackage.definitions));
		framework.getScales().add(FrameworkBuilder.scale(DEFAULT_SCALE, "Achieved",
				"Whether a competency is achieved; the default of items without a rubric.", "Not yet", "Achieved"));

		Map<String, Item> items = items(casePackage.items);
		hierarchy(items, casePackage.associations, documentId);
		build(items);
		associations(items, casePackage.associations);
		rubrics(items, casePackage.rubrics);
		return session.result(framework);
	}

	private Map<String, Item> items(List<JsonObject> jsons) {
		Map<String, Item> items = new LinkedHashMap<>();
		for (int i = 0; i < jsons.size(); i++) {
			JsonObject json = jsons.get(i);
			String identifier = string(json, "identifier");
			if (identifier == null) {
				session.problem(Severity.WARNING, file, 0, "CFItems[" + i + "]", "has no identifier; the item is left out");
				continue;
			}
			if (items.containsKey(identifier)) {
				session.problem(Severity.WARNING, file, 0, "CFItems[" + i + "]", "repeats the identifier " + identifier + "; left out");
				continue;
			}
			Item item = new Item();
			item.json = json;
			item.identifier = identifier;
			String type = string(json, "CFItemType");
			if (type == null && json.get("CFItemTypeURI") instanceof JsonObject typeUri) {
				type = string(typeUri, "title");
			}
			item.grouping = type != null && GROUPING.matcher(type.toLowerCase(Locale.ROOT)).find();
			items.put(identifier, item);
		}
		return items;
	}

	/** Each item's parent by {@code isChildOf} (the first, by sequence number), when it is an item of the package. */
	private void hierarchy(Map<String, Item> items, List<JsonObject> associations, String documentId) {
		Map<String, TreeMap<Double, String>> parents = new HashMap<>();
		int outside = 0;
		for (JsonObject association : associations) {
			if (!"isChildOf".equals(string(association, "associationType"))) {
				continue;
			}
			Item child = items.get(node(association, "originNodeURI"));
			String parent = node(association, "destinationNodeURI");
			if (child == null || parent == null || parent.equals(documentId)) {
				continue;
			}
			if (!items.containsKey(parent)) {
				outside++;
				continue;
			}
			double order = association.get("sequenceNumber") instanceof JsonElement seq && seq.isJsonPrimitive()
					&& seq.getAsJsonPrimitive().isNumber() ? seq.getAsDouble() : Double.MAX_VALUE;
			parents.computeIfAbsent(child.identifier, k -> new TreeMap<>()).putIfAbsent(order, parent);
		}
		for (Map.Entry<String, TreeMap<Double, String>> entry : parents.entrySet()) {
			items.get(entry.getKey()).parent = entry.getValue().firstEntry().getValue();
		}
		if (outside > 0) {
			session.warning(file, 0, outside + " isChildOf association" + (outside == 1 ? " names a parent" : "s name a parent")
					+ " that is not in this package; those items are put at the top");
		}
	}

	private void build(Map<String, Item> items) {
		Set<String> withChildren = new HashSet<>();
		for (Item item : items.values()) {
			if (item.parent != null) {
				withChildren.add(item.parent);
			}
		}
		for (Item item : items.values()) {
			String name = name(item.json);
			if (!item.grouping) {
				Skill skill = factory.createSkill();
				skill.setId(ids.unique(id(item.identifier), "item"));
				skill.setName(name);
				skill.setSourceUri(string(item.json, "uri"));
				String statement = string(item.json, "fullStatement");
				skill.setDescription(join(statement != null && !statement.equals(name) ? statement : null, string(item.json, "notes")));
				String code = string(item.json, "humanCodingScheme");
				if (code != null && !code.equals(name)) {
					skill.getAliases().add(code);
				}
				String type = string(item.json, "CFItemType");
				skill.setKind(type != null && type.toLowerCase(Locale.ROOT).contains("knowledge") ? SkillKind.KNOWLEDGE : SkillKind.SKILL);
				item.skill = skill;
				framework.getSkills().add(skill);
			}
			if (item.grouping || withChildren.contains(item.identifier)) {
				SkillCategory category = factory.createSkillCategory();
				category.setId(ids.unique(item.grouping ? id(item.identifier) : id(item.identifier) + ".group", "group"));
				category.setName(name);
				category.setDescription(item.grouping ? string(item.json, "fullStatement") : null);
				item.category = category;
			}
		}
		// Nesting: a category goes into its parent's; loops (an item its own ancestor) go to the top.
		Map<String, SkillCategory> categories = new LinkedHashMap<>();
		Map<String, String> parents = new HashMap<>();
		for (Item item : items.values()) {
			if (item.category != null) {
				categories.put(item.identifier, item.category);
				if (item.parent != null) {
					parents.put(item.identifier, item.parent);
				}
			}
		}
		for (String loop : FrameworkBuilder.nest(framework, categories, parents)) {
			session.warning(file, 0, "the item " + loop + " is its own ancestor by isChildOf; its category is put at the top");
		}
		for (Item item : items.values()) {
			if (item.skill != null && item.parent != null) {
				item.skill.setCategory(items.get(item.parent).category);
			}
		}
	}

	private void associations(Map<String, Item> items, List<JsonObject> associations) {
		Map<String, Integer> outside = new TreeMap<>();
		Map<String, Integer> ignored = new TreeMap<>();
		for (JsonObject association : associations) {
			String type = string(association, "associationType");
			if (type == null || type.equals("isChildOf")) {
				continue;
			}
			if (!type.equals("precedes") && !type.equals("isRelatedTo") && !type.equals("exactMatchOf")) {
				ignored.merge(type, 1, Integer::sum);
				continue;
			}
			Item origin = items.get(node(association, "originNodeURI"));
			Item destination = items.get(node(association, "destinationNodeURI"));
			if (origin == null || destination == null || origin.skill == null || destination.skill == null) {
				outside.merge(type, 1, Integer::sum);
				continue;
			}
			if (origin == destination) {
				continue;
			}
			if (type.equals("precedes")) {
				if (!destination.skill.getPrerequisites().contains(origin.skill)) {
					destination.skill.getPrerequisites().add(origin.skill);
				}
			} else if (!origin.skill.getRelated().contains(destination.skill)) {
				origin.skill.getRelated().add(destination.skill);
			}
		}
		if (!outside.isEmpty()) {
			session.warning(file, 0, "associations to items that are not skills of this package are left out: " + counts(outside));
		}
		if (!ignored.isEmpty()) {
			session.info(file, "associations of kinds the model does not hold are left out: " + counts(ignored));
		}
	}

	private void rubrics(Map<String, Item> items, List<JsonObject> rubrics) {
		for (int r = 0; r < rubrics.size(); r++) {
			JsonObject rubric = rubrics.get(r);
			JsonArray criteria = rubric.get("CFRubricCriteria") instanceof JsonArray array ? array : new JsonArray();
			for (int c = 0; c < criteria.size(); c++) {
				String record = "CFRubrics[" + r + "].CFRubricCriteria[" + c + "]";
				if (!(criteria.get(c) instanceof JsonObject criterion)) {
					continue;
				}
				ProficiencyScale scale = scale(rubric, criterion, record);
				if (scale == null) {
					continue;
				}
				framework.getScales().add(scale);
				String itemId = criterion.get("CFItemURI") instanceof JsonObject uri ? string(uri, "identifier") : string(criterion, "CFItemURI");
				Item item = itemId == null ? null : items.get(itemId);
				if (item != null && item.skill != null) {
					item.skill.setScale(scale);
				} else if (itemId != null) {
					session.problem(Severity.WARNING, file, 0, record, "is for the item " + itemId
							+ ", which is not a skill of this package; the scale is kept for no skill");
				}
			}
		}
	}

	private ProficiencyScale scale(JsonObject rubric, JsonObject criterion, String record) {
		JsonArray levels = criterion.get("CFRubricCriterionLevels") instanceof JsonArray array ? array : new JsonArray();
		List<JsonObject> objects = new ArrayList<>();
		levels.forEach(l -> {
			if (l instanceof JsonObject o) {
				objects.add(o);
			}
		});
		if (objects.size() < 2) {
			session.problem(Severity.WARNING, file, 0, record, "has fewer than two levels; it is no scale and is left out");
			return null;
		}
		boolean byScore = objects.stream().allMatch(o -> integral(o, "score")) && objects.stream().map(o -> o.get("score").getAsInt())
				.distinct().count() == objects.size();
		boolean byPosition = !byScore && objects.stream().allMatch(o -> integral(o, "position"))
				&& objects.stream().map(o -> o.get("position").getAsInt()).distinct().count() == objects.size();
		String key = byScore ? "score" : byPosition ? "position" : null;
		if (key != null) {
			objects.sort((a, b) -> Integer.compare(a.get(key).getAsInt(), b.get(key).getAsInt()));
		}
		ProficiencyScale scale = factory.createProficiencyScale();
		String identifier = string(criterion, "identifier");
		scale.setId(ids.unique(identifier == null ? "rubric" : id(identifier), "rubric"));
		String title = string(rubric, "title");
		String category = string(criterion, "category");
		scale.setName(category == null ? title : title == null ? category : title + ": " + category);
		scale.setDescription(string(criterion, "description"));
		for (int i = 0; i < objects.size(); i++) {
			JsonObject object = objects.get(i);
			ProficiencyLevel level = factory.createProficiencyLevel();
			level.setValue(key == null ? i : object.get(key).getAsInt());
			level.setName(string(object, "quality"));
			level.setDescriptor(string(object, "description"));
			scale.getLevels().add(level);
		}
		return scale;
	}

	private static boolean integral(JsonObject object, String key) {
		if (!(object.get(key) instanceof JsonElement value) || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			return false;
		}
		double number = value.getAsDouble();
		return number == Math.rint(number) && Math.abs(number) < 1_000_000;
	}

	/** An id the model can hold: the CASE identifier itself, when it can. */
	private static String id(String identifier) {
		if (Ids.valid(identifier)) {
			return identifier;
		}
		String cleaned = Ids.clean(identifier);
		return cleaned == null ? "item" : cleaned;
	}

	private static String name(JsonObject item) {
		for (String key : List.of("abbreviatedStatement", "fullStatement", "humanCodingScheme", "identifier")) {
			String value = string(item, key);
			if (value != null) {
				return value;
			}
		}
		return "item";
	}

	private static String licence(JsonObject document, JsonObject definitions) {
		if (!(document.get("licenseURI") instanceof JsonObject licence)) {
			return null;
		}
		String identifier = string(licence, "identifier");
		if (definitions != null && identifier != null && definitions.get("CFLicenses") instanceof JsonArray licences) {
			for (JsonElement element : licences) {
				if (element instanceof JsonObject known && identifier.equals(string(known, "identifier"))) {
					String title = string(known, "title");
					if (title != null) {
						return title;
					}
				}
			}
		}
		return string(licence, "title") == null ? string(licence, "uri") : string(licence, "title");
	}

	/** The identifier of a node reference ({@code {"identifier": ...}}), or null. */
	private static String node(JsonObject association, String key) {
		return association.get(key) instanceof JsonObject node ? string(node, "identifier") : null;
	}

	/** A string member, stripped; null when absent, blank or not a string. */
	static String string(JsonObject object, String key) {
		JsonElement value = object.get(key);
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
			return null;
		}
		String text = value.getAsString().strip();
		return text.isEmpty() ? null : text;
	}

	private static String join(String first, String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + "\n\n" + second;
	}

	private static String counts(Map<String, Integer> counts) {
		List<String> parts = new ArrayList<>();
		counts.forEach((type, count) -> parts.add(count + " " + type));
		return String.join(", ", parts);
	}
}
