/**
 */
package org.govsite.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The sites and columns of a government website intensive platform (政府网站集约化平台), after the Government Website Development Guide (国办发〔2017〕47号).
 * <!-- end-model-doc -->
 * @see org.govsite.model.GovSiteFactory
 * @model kind="package"
 * @generated
 */
public interface GovSitePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.govsite.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "govsite";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GovSitePackage eINSTANCE = org.govsite.model.impl.GovSitePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.govsite.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.impl.IdentifiedImpl
	 * @see org.govsite.model.impl.GovSitePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.govsite.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.impl.NamedImpl
	 * @see org.govsite.model.impl.GovSitePackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.govsite.model.impl.PlatformImpl <em>Platform</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.impl.PlatformImpl
	 * @see org.govsite.model.impl.GovSitePackageImpl#getPlatform()
	 * @generated
	 */
	int PLATFORM = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Division Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__DIVISION_CODE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__LEVEL = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__ORGANISATIONS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__SITES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Platform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Platform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.govsite.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.impl.OrganisationImpl
	 * @see org.govsite.model.impl.GovSitePackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Division Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DIVISION_CODE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SHORT_NAME = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Superior</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SUPERIOR = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SITES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.govsite.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.impl.SiteImpl
	 * @see org.govsite.model.impl.GovSitePackageImpl#getSite()
	 * @generated
	 */
	int SITE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__LEVEL = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Main Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__MAIN_DOMAIN = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ALIASES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Id Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID_CODE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Icp Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ICP_RECORD = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Security Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__SECURITY_RECORD = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__HOST = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__OPERATOR = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__STATUS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Opened On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__OPENED_ON = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Status Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__STATUS_SINCE = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Status Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__STATUS_UNTIL = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Main Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__MAIN_COLOUR = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__COLUMNS = NAMED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__TOPICS = NAMED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CHANNELS = NAMED_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.govsite.model.impl.ColumnImpl <em>Column</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.impl.ColumnImpl
	 * @see org.govsite.model.impl.GovSitePackageImpl#getColumn()
	 * @generated
	 */
	int COLUMN = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Path Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__PATH_SEGMENT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__CATEGORY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__DESCRIPTION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__KEYWORDS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Update Period Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__UPDATE_PERIOD_DAYS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__CHILDREN = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.govsite.model.impl.TopicImpl <em>Topic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.impl.TopicImpl
	 * @see org.govsite.model.impl.GovSitePackageImpl#getTopic()
	 * @generated
	 */
	int TOPIC = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Path Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__PATH_SEGMENT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>On Home Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__ON_HOME_PAGE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Archived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__ARCHIVED = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Archived On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC__ARCHIVED_ON = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Topic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Topic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.govsite.model.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.impl.ChannelImpl
	 * @see org.govsite.model.impl.GovSitePackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Path Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__PATH_SEGMENT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__COLUMNS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.govsite.model.SiteKind <em>Site Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.SiteKind
	 * @see org.govsite.model.impl.GovSitePackageImpl#getSiteKind()
	 * @generated
	 */
	int SITE_KIND = 8;

	/**
	 * The meta object id for the '{@link org.govsite.model.SiteLevel <em>Site Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.SiteLevel
	 * @see org.govsite.model.impl.GovSitePackageImpl#getSiteLevel()
	 * @generated
	 */
	int SITE_LEVEL = 9;

	/**
	 * The meta object id for the '{@link org.govsite.model.OrganisationKind <em>Organisation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.OrganisationKind
	 * @see org.govsite.model.impl.GovSitePackageImpl#getOrganisationKind()
	 * @generated
	 */
	int ORGANISATION_KIND = 10;

	/**
	 * The meta object id for the '{@link org.govsite.model.LifecycleStatus <em>Lifecycle Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.LifecycleStatus
	 * @see org.govsite.model.impl.GovSitePackageImpl#getLifecycleStatus()
	 * @generated
	 */
	int LIFECYCLE_STATUS = 11;

	/**
	 * The meta object id for the '{@link org.govsite.model.ColumnCategory <em>Column Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.govsite.model.ColumnCategory
	 * @see org.govsite.model.impl.GovSitePackageImpl#getColumnCategory()
	 * @generated
	 */
	int COLUMN_CATEGORY = 12;


	/**
	 * Returns the meta object for class '{@link org.govsite.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.govsite.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.govsite.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.govsite.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.govsite.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.govsite.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for class '{@link org.govsite.model.Platform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Platform</em>'.
	 * @see org.govsite.model.Platform
	 * @generated
	 */
	EClass getPlatform();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Platform#getDivisionCode <em>Division Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Division Code</em>'.
	 * @see org.govsite.model.Platform#getDivisionCode()
	 * @see #getPlatform()
	 * @generated
	 */
	EAttribute getPlatform_DivisionCode();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Platform#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.govsite.model.Platform#getLevel()
	 * @see #getPlatform()
	 * @generated
	 */
	EAttribute getPlatform_Level();

	/**
	 * Returns the meta object for the containment reference list '{@link org.govsite.model.Platform#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see org.govsite.model.Platform#getOrganisations()
	 * @see #getPlatform()
	 * @generated
	 */
	EReference getPlatform_Organisations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.govsite.model.Platform#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.govsite.model.Platform#getSites()
	 * @see #getPlatform()
	 * @generated
	 */
	EReference getPlatform_Sites();

	/**
	 * Returns the meta object for class '{@link org.govsite.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.govsite.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Organisation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.govsite.model.Organisation#getKind()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Organisation#getDivisionCode <em>Division Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Division Code</em>'.
	 * @see org.govsite.model.Organisation#getDivisionCode()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_DivisionCode();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Organisation#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.govsite.model.Organisation#getShortName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_ShortName();

	/**
	 * Returns the meta object for the reference '{@link org.govsite.model.Organisation#getSuperior <em>Superior</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Superior</em>'.
	 * @see org.govsite.model.Organisation#getSuperior()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Superior();

	/**
	 * Returns the meta object for the reference list '{@link org.govsite.model.Organisation#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sites</em>'.
	 * @see org.govsite.model.Organisation#getSites()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Sites();

	/**
	 * Returns the meta object for class '{@link org.govsite.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.govsite.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.govsite.model.Site#getKind()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.govsite.model.Site#getLevel()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getMainDomain <em>Main Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Main Domain</em>'.
	 * @see org.govsite.model.Site#getMainDomain()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_MainDomain();

	/**
	 * Returns the meta object for the attribute list '{@link org.govsite.model.Site#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.govsite.model.Site#getAliases()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getIdCode <em>Id Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Code</em>'.
	 * @see org.govsite.model.Site#getIdCode()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_IdCode();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getIcpRecord <em>Icp Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icp Record</em>'.
	 * @see org.govsite.model.Site#getIcpRecord()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_IcpRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getSecurityRecord <em>Security Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Record</em>'.
	 * @see org.govsite.model.Site#getSecurityRecord()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_SecurityRecord();

	/**
	 * Returns the meta object for the reference '{@link org.govsite.model.Site#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.govsite.model.Site#getHost()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Host();

	/**
	 * Returns the meta object for the reference '{@link org.govsite.model.Site#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Operator</em>'.
	 * @see org.govsite.model.Site#getOperator()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.govsite.model.Site#getStatus()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getOpenedOn <em>Opened On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened On</em>'.
	 * @see org.govsite.model.Site#getOpenedOn()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_OpenedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getStatusSince <em>Status Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Since</em>'.
	 * @see org.govsite.model.Site#getStatusSince()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_StatusSince();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getStatusUntil <em>Status Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Until</em>'.
	 * @see org.govsite.model.Site#getStatusUntil()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_StatusUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Site#getMainColour <em>Main Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Main Colour</em>'.
	 * @see org.govsite.model.Site#getMainColour()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_MainColour();

	/**
	 * Returns the meta object for the containment reference list '{@link org.govsite.model.Site#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see org.govsite.model.Site#getColumns()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Columns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.govsite.model.Site#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Topics</em>'.
	 * @see org.govsite.model.Site#getTopics()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Topics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.govsite.model.Site#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.govsite.model.Site#getChannels()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Channels();

	/**
	 * Returns the meta object for class '{@link org.govsite.model.Column <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column</em>'.
	 * @see org.govsite.model.Column
	 * @generated
	 */
	EClass getColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Column#getPathSegment <em>Path Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path Segment</em>'.
	 * @see org.govsite.model.Column#getPathSegment()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_PathSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Column#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.govsite.model.Column#getCategory()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Column#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.govsite.model.Column#getDescription()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Column#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keywords</em>'.
	 * @see org.govsite.model.Column#getKeywords()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Keywords();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Column#getUpdatePeriodDays <em>Update Period Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Period Days</em>'.
	 * @see org.govsite.model.Column#getUpdatePeriodDays()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_UpdatePeriodDays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.govsite.model.Column#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.govsite.model.Column#getChildren()
	 * @see #getColumn()
	 * @generated
	 */
	EReference getColumn_Children();

	/**
	 * Returns the meta object for class '{@link org.govsite.model.Topic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topic</em>'.
	 * @see org.govsite.model.Topic
	 * @generated
	 */
	EClass getTopic();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Topic#getPathSegment <em>Path Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path Segment</em>'.
	 * @see org.govsite.model.Topic#getPathSegment()
	 * @see #getTopic()
	 * @generated
	 */
	EAttribute getTopic_PathSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Topic#isOnHomePage <em>On Home Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Home Page</em>'.
	 * @see org.govsite.model.Topic#isOnHomePage()
	 * @see #getTopic()
	 * @generated
	 */
	EAttribute getTopic_OnHomePage();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Topic#isArchived <em>Archived</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archived</em>'.
	 * @see org.govsite.model.Topic#isArchived()
	 * @see #getTopic()
	 * @generated
	 */
	EAttribute getTopic_Archived();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Topic#getArchivedOn <em>Archived On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archived On</em>'.
	 * @see org.govsite.model.Topic#getArchivedOn()
	 * @see #getTopic()
	 * @generated
	 */
	EAttribute getTopic_ArchivedOn();

	/**
	 * Returns the meta object for class '{@link org.govsite.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.govsite.model.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.govsite.model.Channel#getPathSegment <em>Path Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path Segment</em>'.
	 * @see org.govsite.model.Channel#getPathSegment()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_PathSegment();

	/**
	 * Returns the meta object for the reference list '{@link org.govsite.model.Channel#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Columns</em>'.
	 * @see org.govsite.model.Channel#getColumns()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Columns();

	/**
	 * Returns the meta object for enum '{@link org.govsite.model.SiteKind <em>Site Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Site Kind</em>'.
	 * @see org.govsite.model.SiteKind
	 * @generated
	 */
	EEnum getSiteKind();

	/**
	 * Returns the meta object for enum '{@link org.govsite.model.SiteLevel <em>Site Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Site Level</em>'.
	 * @see org.govsite.model.SiteLevel
	 * @generated
	 */
	EEnum getSiteLevel();

	/**
	 * Returns the meta object for enum '{@link org.govsite.model.OrganisationKind <em>Organisation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Kind</em>'.
	 * @see org.govsite.model.OrganisationKind
	 * @generated
	 */
	EEnum getOrganisationKind();

	/**
	 * Returns the meta object for enum '{@link org.govsite.model.LifecycleStatus <em>Lifecycle Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lifecycle Status</em>'.
	 * @see org.govsite.model.LifecycleStatus
	 * @generated
	 */
	EEnum getLifecycleStatus();

	/**
	 * Returns the meta object for enum '{@link org.govsite.model.ColumnCategory <em>Column Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Column Category</em>'.
	 * @see org.govsite.model.ColumnCategory
	 * @generated
	 */
	EEnum getColumnCategory();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GovSiteFactory getGovSiteFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.govsite.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.impl.IdentifiedImpl
		 * @see org.govsite.model.impl.GovSitePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.govsite.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.impl.NamedImpl
		 * @see org.govsite.model.impl.GovSitePackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '{@link org.govsite.model.impl.PlatformImpl <em>Platform</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.impl.PlatformImpl
		 * @see org.govsite.model.impl.GovSitePackageImpl#getPlatform()
		 * @generated
		 */
		EClass PLATFORM = eINSTANCE.getPlatform();

		/**
		 * The meta object literal for the '<em><b>Division Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM__DIVISION_CODE = eINSTANCE.getPlatform_DivisionCode();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM__LEVEL = eINSTANCE.getPlatform_Level();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLATFORM__ORGANISATIONS = eINSTANCE.getPlatform_Organisations();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLATFORM__SITES = eINSTANCE.getPlatform_Sites();

		/**
		 * The meta object literal for the '{@link org.govsite.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.impl.OrganisationImpl
		 * @see org.govsite.model.impl.GovSitePackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__KIND = eINSTANCE.getOrganisation_Kind();

		/**
		 * The meta object literal for the '<em><b>Division Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__DIVISION_CODE = eINSTANCE.getOrganisation_DivisionCode();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SHORT_NAME = eINSTANCE.getOrganisation_ShortName();

		/**
		 * The meta object literal for the '<em><b>Superior</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__SUPERIOR = eINSTANCE.getOrganisation_Superior();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__SITES = eINSTANCE.getOrganisation_Sites();

		/**
		 * The meta object literal for the '{@link org.govsite.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.impl.SiteImpl
		 * @see org.govsite.model.impl.GovSitePackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__KIND = eINSTANCE.getSite_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__LEVEL = eINSTANCE.getSite_Level();

		/**
		 * The meta object literal for the '<em><b>Main Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__MAIN_DOMAIN = eINSTANCE.getSite_MainDomain();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ALIASES = eINSTANCE.getSite_Aliases();

		/**
		 * The meta object literal for the '<em><b>Id Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ID_CODE = eINSTANCE.getSite_IdCode();

		/**
		 * The meta object literal for the '<em><b>Icp Record</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ICP_RECORD = eINSTANCE.getSite_IcpRecord();

		/**
		 * The meta object literal for the '<em><b>Security Record</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__SECURITY_RECORD = eINSTANCE.getSite_SecurityRecord();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__HOST = eINSTANCE.getSite_Host();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__OPERATOR = eINSTANCE.getSite_Operator();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__STATUS = eINSTANCE.getSite_Status();

		/**
		 * The meta object literal for the '<em><b>Opened On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__OPENED_ON = eINSTANCE.getSite_OpenedOn();

		/**
		 * The meta object literal for the '<em><b>Status Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__STATUS_SINCE = eINSTANCE.getSite_StatusSince();

		/**
		 * The meta object literal for the '<em><b>Status Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__STATUS_UNTIL = eINSTANCE.getSite_StatusUntil();

		/**
		 * The meta object literal for the '<em><b>Main Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__MAIN_COLOUR = eINSTANCE.getSite_MainColour();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__COLUMNS = eINSTANCE.getSite_Columns();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__TOPICS = eINSTANCE.getSite_Topics();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CHANNELS = eINSTANCE.getSite_Channels();

		/**
		 * The meta object literal for the '{@link org.govsite.model.impl.ColumnImpl <em>Column</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.impl.ColumnImpl
		 * @see org.govsite.model.impl.GovSitePackageImpl#getColumn()
		 * @generated
		 */
		EClass COLUMN = eINSTANCE.getColumn();

		/**
		 * The meta object literal for the '<em><b>Path Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__PATH_SEGMENT = eINSTANCE.getColumn_PathSegment();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__CATEGORY = eINSTANCE.getColumn_Category();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__DESCRIPTION = eINSTANCE.getColumn_Description();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__KEYWORDS = eINSTANCE.getColumn_Keywords();

		/**
		 * The meta object literal for the '<em><b>Update Period Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__UPDATE_PERIOD_DAYS = eINSTANCE.getColumn_UpdatePeriodDays();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLUMN__CHILDREN = eINSTANCE.getColumn_Children();

		/**
		 * The meta object literal for the '{@link org.govsite.model.impl.TopicImpl <em>Topic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.impl.TopicImpl
		 * @see org.govsite.model.impl.GovSitePackageImpl#getTopic()
		 * @generated
		 */
		EClass TOPIC = eINSTANCE.getTopic();

		/**
		 * The meta object literal for the '<em><b>Path Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC__PATH_SEGMENT = eINSTANCE.getTopic_PathSegment();

		/**
		 * The meta object literal for the '<em><b>On Home Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC__ON_HOME_PAGE = eINSTANCE.getTopic_OnHomePage();

		/**
		 * The meta object literal for the '<em><b>Archived</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC__ARCHIVED = eINSTANCE.getTopic_Archived();

		/**
		 * The meta object literal for the '<em><b>Archived On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC__ARCHIVED_ON = eINSTANCE.getTopic_ArchivedOn();

		/**
		 * The meta object literal for the '{@link org.govsite.model.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.impl.ChannelImpl
		 * @see org.govsite.model.impl.GovSitePackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Path Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__PATH_SEGMENT = eINSTANCE.getChannel_PathSegment();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__COLUMNS = eINSTANCE.getChannel_Columns();

		/**
		 * The meta object literal for the '{@link org.govsite.model.SiteKind <em>Site Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.SiteKind
		 * @see org.govsite.model.impl.GovSitePackageImpl#getSiteKind()
		 * @generated
		 */
		EEnum SITE_KIND = eINSTANCE.getSiteKind();

		/**
		 * The meta object literal for the '{@link org.govsite.model.SiteLevel <em>Site Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.SiteLevel
		 * @see org.govsite.model.impl.GovSitePackageImpl#getSiteLevel()
		 * @generated
		 */
		EEnum SITE_LEVEL = eINSTANCE.getSiteLevel();

		/**
		 * The meta object literal for the '{@link org.govsite.model.OrganisationKind <em>Organisation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.OrganisationKind
		 * @see org.govsite.model.impl.GovSitePackageImpl#getOrganisationKind()
		 * @generated
		 */
		EEnum ORGANISATION_KIND = eINSTANCE.getOrganisationKind();

		/**
		 * The meta object literal for the '{@link org.govsite.model.LifecycleStatus <em>Lifecycle Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.LifecycleStatus
		 * @see org.govsite.model.impl.GovSitePackageImpl#getLifecycleStatus()
		 * @generated
		 */
		EEnum LIFECYCLE_STATUS = eINSTANCE.getLifecycleStatus();

		/**
		 * The meta object literal for the '{@link org.govsite.model.ColumnCategory <em>Column Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.govsite.model.ColumnCategory
		 * @see org.govsite.model.impl.GovSitePackageImpl#getColumnCategory()
		 * @generated
		 */
		EEnum COLUMN_CATEGORY = eINSTANCE.getColumnCategory();

	}

} //GovSitePackage
