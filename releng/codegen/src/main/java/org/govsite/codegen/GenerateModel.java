package org.govsite.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model bundle's {@code src-gen/} and {@code model/govsite.genmodel} from
 * {@code model/govsite.ecore} with EMF's own generator, standalone. Hand-written code lives in {@code src/}.
 */
public final class GenerateModel {

    private static final String BUNDLE = "org.govsite.model";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args[0]).toRealPath();
        EcorePlugin.getPlatformResourceMap().put(BUNDLE, URI.createFileURI(bundle + "/"));
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());

        URI ecoreUri = URI.createPlatformResourceURI(BUNDLE + "/model/govsite.ecore", true);
        EPackage ePackage = (EPackage) resources.getResource(ecoreUri, true).getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource genResource = resources.createResource(
                URI.createPlatformResourceURI(BUNDLE + "/model/govsite.genmodel", true));
        genResource.getContents().add(genModel);
        genModel.initialize(List.of(ePackage));
        configure(genModel);
        genResource.save(null);

        deleteTree(bundle.resolve("src-gen"));
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException(result.toString());
        }
    }

    private static void configure(GenModel genModel) {
        genModel.setModelDirectory("/" + BUNDLE + "/src-gen");
        genModel.setModelPluginID(BUNDLE);
        genModel.setModelName("GovSite");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().add("govsite.ecore");
        genModel.setUpdateClasspath(false);
        genModel.setBundleManifest(false);
        genModel.setCopyrightFields(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCodeFormatting(false);
        genModel.setSuppressGenModelAnnotations(false);
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("GovSite");
        genPackage.setBasePackage("org.govsite");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
