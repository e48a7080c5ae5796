/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.model.Framework;
import dev.upskill.model.Profile;
import dev.upskill.model.resource.UpskillResourceFactory;
import dev.upskill.model.validation.ModelChecker;
import dev.upskill.model.validation.ModelFile;
import dev.upskill.model.validation.Problem;
import dev.upskill.model.validation.ProblemCode;

/**
 * Hostile files are refused with a clear error, leak nothing, fetch nothing and load no class:
 * DOCTYPEs and external entities, entity expansion, schema locations and references to network
 * URLs, and {@code java://} namespaces.
 */
class HostileFileTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String NS = "xmlns:upskill=\"https://upskill.dev/model/1.0\"";
	private static final String SECRET = "TOP-SECRET-4f1c2a";

	@TempDir
	Path folder;

	private ServerSocket listener;

	@BeforeEach
	void listen() throws IOException {
		listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		listener.setSoTimeout(300);
	}

	@AfterEach
	void close() throws IOException {
		listener.close();
	}

	private String localUrl(String path) {
		return "http://127.0.0.1:" + listener.getLocalPort() + "/" + path;
	}

	private void assertNothingFetched() throws IOException {
		try {
			listener.accept().close();
			throw new AssertionError("the reader connected to " + localUrl(""));
		} catch (SocketTimeoutException expected) {
			// nobody knocked
		}
	}

	private ModelFile load(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return ModelFile.load(UpskillResourceFactory.createResourceSet(), file);
	}

	@Test
	void externalEntityIsRefusedAndLeaksNothing() throws Exception {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, SECRET);
		String content = HEADER + "<!DOCTYPE upskill:Framework [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<upskill:Framework " + NS + " id=\"f\" name=\"&xxe;\"/>\n";
		ModelFile file = load("xxe.framework", content);

		assertFalse(file.loaded());
		Problem problem = file.problems().get(0);
		assertEquals(ProblemCode.DOCTYPE, problem.code(), problem.toString());
		assertTrue(problem.message().contains("remove the <!DOCTYPE"), "the message says what to do: " + problem);
		assertEquals(2, problem.line(), "the line of the DOCTYPE");
		assertTrue(problem.file().endsWith("xxe.framework"));
		assertFalse(file.problems().toString().contains(SECRET), "no file content in the messages");
		for (EObject object : file.resource().getContents()) {
			assertFalse(((Framework) object).getName() != null && ((Framework) object).getName().contains(SECRET));
		}
	}

	@Test
	void entityExpansionIsRefused() throws Exception {
		String content = HEADER + "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
				+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
				+ "<upskill:Framework " + NS + " id=\"f\" name=\"&lol3;\"/>\n";
		ModelFile file = load("lol.framework", content);
		assertTrue(file.unreadable() || !file.loaded());
		assertEquals(ProblemCode.DOCTYPE, file.problems().get(0).code(), file.problems().toString());
	}

	@Test
	void externalDtdIsNeitherFetchedNorAccepted() throws Exception {
		String content = HEADER + "<!DOCTYPE upskill:Framework SYSTEM \"" + localUrl("evil.dtd") + "\">\n"
				+ "<upskill:Framework " + NS + " id=\"f\"/>\n";
		ModelFile file = load("dtd.framework", content);
		assertFalse(file.loaded());
		assertNothingFetched();
	}

	@Test
	void schemaLocationOfAnUnknownNamespaceIsNotFetched() throws Exception {
		String content = HEADER + "<evil:Thing xmlns:evil=\"urn:evil\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
				+ " xsi:schemaLocation=\"urn:evil " + localUrl("evil.ecore") + "\"/>\n";
		ModelFile file = load("schema.framework", content);
		assertFalse(file.loaded());
		assertEquals(ProblemCode.UNKNOWN_NAMESPACE, file.problems().get(0).code(), file.problems().toString());
		assertTrue(file.problems().get(0).message().contains("'urn:evil'"), file.problems().toString());
		assertNothingFetched();
	}

	@Test
	void schemaLocationOfOurNamespaceIsIgnored() throws Exception {
		String content = HEADER + "<upskill:Framework " + NS + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
				+ " xsi:schemaLocation=\"https://upskill.dev/model/1.0 " + localUrl("upskill.ecore") + "\" id=\"f\" name=\"ok\"/>\n";
		ModelFile file = load("ours.framework", content);
		assertTrue(file.loaded(), file.problems().toString());
		assertNothingFetched();
	}

	@Test
	void javaNamespaceLoadsNoClass() throws Exception {
		String content = HEADER + "<bad:Thing xmlns:bad=\"java://" + Trap.class.getName() + "\"/>\n";
		ModelFile file = load("java.framework", content);
		assertFalse(file.loaded());
		assertFalse(trapSprung, "the class named by the namespace was initialised");
		assertEquals(ProblemCode.UNKNOWN_NAMESPACE, file.problems().get(0).code(), file.problems().toString());
	}

	@Test
	void referenceToANetworkUrlIsNotFollowed() throws Exception {
		Files.writeString(folder.resolve("ok.framework"), HEADER + "<upskill:Framework " + NS + " id=\"f\"/>\n");
		String content = HEADER + "<upskill:Profile " + NS + " id=\"p\" currentRole=\"" + localUrl("roles.framework")
				+ "#role.x\"/>\n";
		ModelFile file = load("net.profile", content);
		assertTrue(file.loaded(), file.problems().toString());
		List<Problem> problems = ModelChecker.check("net.profile", file.resource());
		assertNothingFetched();
		Profile profile = (Profile) file.resource().getContents().get(0);
		assertTrue(profile.getCurrentRole().eIsProxy(), "reference left unresolved");
		assertNotNull(problems.stream().filter(p -> p.code() == ProblemCode.UNRESOLVED_REFERENCE && "Profile 'p'".equals(p.element()))
				.findFirst().orElse(null), problems.toString());
	}

	/** Set by {@link Trap}'s initialiser (reading it does not initialise Trap). */
	static volatile boolean trapSprung;

	/** A class whose initialisation would show that a namespace made EMF load it. */
	public static final class Trap {
		static {
			trapSprung = true;
		}
	}
}
