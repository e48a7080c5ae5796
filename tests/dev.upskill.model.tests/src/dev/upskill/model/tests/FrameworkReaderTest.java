/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.upskill.model.Framework;
import dev.upskill.model.resource.UpskillResource;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * The direct framework reader gives exactly what EMF's general loader gives (objects, values,
 * references, ids, lines), and leaves every file it does not fully understand to that loader, so
 * problems are still reported with their element and line.
 */
class FrameworkReaderTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String NS = "xmlns:upskill=\"https://upskill.dev/model/1.0\"";

	@TempDir
	Path folder;

	@Test
	void readsAFrameworkExactlyAsTheGeneralLoaderDoes() throws Exception {
		Path file = folder.resolve("test.framework");
		TestModels.save(UpskillResourceFactory.createResourceSet(), TestModels.framework(), file);

		UpskillResource direct = load(file, false);
		UpskillResource general = load(file, true);

		assertTrue(direct.isReadDirectly(), "a framework in the shape we save is read directly");
		assertFalse(general.isReadDirectly());
		assertTrue(direct.getErrors().isEmpty(), () -> direct.getErrors().toString());
		EObject directRoot = direct.getContents().get(0);
		EObject generalRoot = general.getContents().get(0);
		assertTrue(new EcoreUtil.EqualityHelper().equals(generalRoot, directRoot), "the same model, references included");

		List<EObject> directObjects = all(directRoot);
		List<EObject> generalObjects = all(generalRoot);
		assertEquals(generalObjects.size(), directObjects.size());
		for (int i = 0; i < directObjects.size(); i++) {
			EObject object = directObjects.get(i);
			assertEquals(general.getLine(generalObjects.get(i)), direct.getLine(object), () -> "line of " + EcoreUtil.getURI(object));
			String id = EcoreUtil.getID(object);
			if (id != null) {
				assertEquals(object, direct.getEObject(id), "found by its id");
			}
		}
		assertTrue(direct.getLine(directRoot) > 0);
	}

	@Test
	void savesTheSameBytesAfterADirectRead() throws Exception {
		Path file = folder.resolve("test.framework");
		TestModels.save(UpskillResourceFactory.createResourceSet(), TestModels.framework(), file);
		byte[] before = Files.readAllBytes(file);
		UpskillResource direct = load(file, false);
		assertTrue(direct.isReadDirectly());
		direct.save(null);
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
	}

	/** Shapes the direct reader leaves to EMF's loader; each loads exactly as that loader loads it. */
	@ParameterizedTest
	@ValueSource(strings = {
			// a reference into another file
			"<skills id=\"s\" name=\"S\" prerequisites=\"other.framework#x\"/>",
			// an unknown attribute
			"<skills id=\"s\" name=\"S\" colour=\"red\"/>",
			// an unknown element
			"<gadgets id=\"g\"/>",
			// a value the model cannot hold
			"<scales id=\"sc\" name=\"N\"><levels value=\"three\" name=\"x\"/></scales>",
			// a duplicate id
			"<skills id=\"s\" name=\"S\"/><skills id=\"s\" name=\"T\"/>",
			// a reference to nothing
			"<skills id=\"s\" name=\"S\" prerequisites=\"#nothing\"/>",
			// a reference to an element of the wrong kind
			"<categories id=\"c\" name=\"C\"/><skills id=\"s\" name=\"S\" prerequisites=\"#c\"/>",
			// a type attribute
			"<skills xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"upskill:Skill\" id=\"s\" name=\"S\"/>",
			// text where an element belongs
			"<skills id=\"s\" name=\"S\">loose text</skills>",
			// an empty value element
			"<skills id=\"s\" name=\"S\"><aliases/></skills>",
			// a path fragment instead of an id
			"<skills id=\"s\" name=\"S\"/><skills id=\"t\" name=\"T\" prerequisites=\"#//@skills.0\"/>",
			// a broken document
			"<skills id=\"s\" name=\"S\">"})
	void leavesWhatItDoesNotUnderstandToTheGeneralLoader(String body) throws Exception {
		Path file = folder.resolve("odd.framework");
		Files.writeString(file, HEADER + "<upskill:Framework " + NS + " id=\"f\" name=\"F\">\n  " + body + "\n</upskill:Framework>\n");

		UpskillResource direct = loadQuietly(file, false);
		UpskillResource general = loadQuietly(file, true);

		assertFalse(direct.isReadDirectly(), "left to the general loader");
		assertEquals(messages(general.getErrors()), messages(direct.getErrors()), "the same problems");
		assertEquals(general.getContents().size(), direct.getContents().size());
		if (!general.getContents().isEmpty()) {
			assertTrue(new EcoreUtil.EqualityHelper().equals(general.getContents().get(0), direct.getContents().get(0)));
		}
	}

	@Test
	void profilesAndPlansAreLeftToTheGeneralLoader() throws Exception {
		ResourceSet original = UpskillResourceFactory.createResourceSet();
		Framework framework = TestModels.framework();
		TestModels.save(original, framework, folder.resolve("test.framework"));
		TestModels.save(original, TestModels.profile(framework), folder.resolve("ada.profile"));

		UpskillResource profile = load(folder.resolve("ada.profile"), false);
		assertFalse(profile.isReadDirectly());
		assertTrue(profile.getErrors().isEmpty(), () -> profile.getErrors().toString());
		assertFalse(profile.getContents().isEmpty());
	}

	private static List<EObject> all(EObject root) {
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			objects.add(it.next());
		}
		return objects;
	}

	private static List<String> messages(List<Resource.Diagnostic> diagnostics) {
		List<String> messages = new ArrayList<>();
		for (Resource.Diagnostic diagnostic : diagnostics) {
			// EMF's message may name an object by its identity hash, which differs between two loads
			messages.add(diagnostic.getLine() + ":" + diagnostic.getColumn() + " " + diagnostic.getMessage().replaceAll("@[0-9a-f]+", "@"));
		}
		return messages;
	}

	private static UpskillResource load(Path file, boolean general) throws Exception {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		UpskillResource resource = (UpskillResource) resourceSet.createResource(URI.createFileURI(file.toString()));
		resource.load(general ? Map.of(UpskillResource.OPTION_GENERAL_LOADER, Boolean.TRUE) : null);
		return resource;
	}

	private static UpskillResource loadQuietly(Path file, boolean general) {
		ResourceSet resourceSet = UpskillResourceFactory.createResourceSet();
		UpskillResource resource = (UpskillResource) resourceSet.createResource(URI.createFileURI(file.toString()));
		try {
			resource.load(general ? Map.of(UpskillResource.OPTION_GENERAL_LOADER, Boolean.TRUE) : null);
		} catch (Exception e) {
			// the errors stay on the resource
		}
		return resource;
	}
}
