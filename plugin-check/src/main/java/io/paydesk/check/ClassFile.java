package io.paydesk.check;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code .class} file's constant pool says, read directly from the class-file format (JVMS §4.4): the
 * class's name, every type it refers to (class references, and types in field, method and generic signatures
 * and annotations), and its string constants.
 *
 * @param name            the class's binary name with dots ({@code a.b.C$D})
 * @param referencedTypes binary names with dots of every type the class refers to, itself included
 * @param strings         the string literals in the class, in constant-pool order
 */
record ClassFile(String name, Set<String> referencedTypes, List<String> strings) {

    private static final int MAGIC = 0xCAFEBABE;
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)*)[;<]");

    ClassFile {
        referencedTypes = Set.copyOf(referencedTypes);
        strings = List.copyOf(strings);
    }

    Set<String> referencedPackages() {
        Set<String> packages = new TreeSet<>();
        referencedTypes.forEach(type -> packages.add(JavaNames.packageOf(type)));
        return packages;
    }

    static ClassFile read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file (bad magic number)");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameAt = new int[count];
        List<Integer> classIndexes = new ArrayList<>();
        List<Integer> stringIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> {
                    classNameAt[i] = in.readUnsignedShort();
                    classIndexes.add(classNameAt[i]);
                }
                case 8 -> stringIndexes.add(in.readUnsignedShort());
                case 16, 19, 20 -> in.readUnsignedShort(); // MethodType, Module, Package
                case 15 -> in.skipNBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> { // Long and Double take two slots
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant-pool tag " + tag + " at index " + i);
            }
        }
        in.readUnsignedShort(); // access flags
        int thisClass = in.readUnsignedShort();
        if (thisClass <= 0 || thisClass >= count || utf8[classNameAt[thisClass]] == null) {
            throw new IOException("this_class does not name a class");
        }
        return new ClassFile(utf8[classNameAt[thisClass]].replace('/', '.'),
                referencedTypes(utf8, classIndexes, stringIndexes), strings(utf8, stringIndexes));
    }

    private static Set<String> referencedTypes(String[] utf8, List<Integer> classIndexes, List<Integer> stringIndexes) {
        Set<String> types = new HashSet<>();
        Set<Integer> notDescriptors = new HashSet<>(stringIndexes);
        for (int index : classIndexes) {
            notDescriptors.add(index);
            String name = utf8[index];
            if (name == null) {
                continue;
            }
            if (name.startsWith("[")) {
                addDescriptorTypes(name, types);
            } else {
                types.add(name.replace('/', '.'));
            }
        }
        for (int i = 1; i < utf8.length; i++) {
            if (utf8[i] != null && !notDescriptors.contains(i)) {
                addDescriptorTypes(utf8[i], types);
            }
        }
        return types;
    }

    private static void addDescriptorTypes(String descriptor, Set<String> types) {
        Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(descriptor);
        while (matcher.find()) {
            types.add(matcher.group(1).replace('/', '.'));
        }
    }

    private static List<String> strings(String[] utf8, List<Integer> stringIndexes) {
        List<String> strings = new ArrayList<>();
        for (int index : stringIndexes) {
            if (utf8[index] != null) {
                strings.add(utf8[index]);
            }
        }
        return strings;
    }
}
