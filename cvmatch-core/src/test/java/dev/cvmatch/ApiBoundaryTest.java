package dev.cvmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module boundary without a {@code module-info.java}: no public or protected signature of an API package
 * ({@code dev.cvmatch} outside {@code dev.cvmatch.internal}) mentions an internal type, so the internal packages can
 * stay out of the published Javadoc and change freely; and every package has a {@code package-info.java}.
 */
class ApiBoundaryTest {

    private static final Path CLASSES = classesDirectory();
    private static final Path SOURCES = Path.of("src/main/java");

    private static Path classesDirectory() {
        try {
            return Path.of(CvMatchException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> apiClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("dev/cvmatch"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith("dev.cvmatch.internal.") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ApiBoundaryTest.class.getClassLoader());
                if (isVisible(type)) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static void check(String where, Type type, Set<String> leaks) {
        String name = type.getTypeName();
        if (name.contains("dev.cvmatch.internal.")) {
            leaks.add(where + " mentions " + name);
        }
    }

    @Test
    void noApiSignatureMentionsAnInternalType() throws Exception {
        List<Class<?>> classes = apiClasses();
        assertTrue(classes.size() > 50, "found the API classes: " + classes.size());
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : classes) {
            if (type.getGenericSuperclass() != null) {
                check(type.getName() + " superclass", type.getGenericSuperclass(), leaks);
            }
            for (Type i : type.getGenericInterfaces()) {
                check(type.getName() + " interface", i, leaks);
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) || Modifier.isProtected(field.getModifiers())) {
                    check(type.getName() + "." + field.getName(), field.getGenericType(), leaks);
                }
            }
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                executables.add(constructor);
            }
            for (Executable e : executables) {
                if (e.isSynthetic() || !(Modifier.isPublic(e.getModifiers())
                        || Modifier.isProtected(e.getModifiers()))) {
                    continue;
                }
                String where = type.getName() + "." + e.getName();
                if (e instanceof Method m) {
                    check(where + " returns", m.getGenericReturnType(), leaks);
                }
                for (Type p : e.getGenericParameterTypes()) {
                    check(where + " parameter", p, leaks);
                }
                for (Type x : e.getGenericExceptionTypes()) {
                    check(where + " throws", x, leaks);
                }
            }
        }
        assertEquals(Set.of(), leaks);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                    .forEach(dir -> missing.add(SOURCES.relativize(dir).toString()));
        }
        assertEquals(Set.of(), missing, "packages without package-info.java");
    }
}
