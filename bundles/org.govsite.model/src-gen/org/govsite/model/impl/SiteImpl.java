/**
 */
package org.govsite.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.GovSitePackage;
import org.govsite.model.LifecycleStatus;
import org.govsite.model.Organisation;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.SiteLevel;
import org.govsite.model.Topic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getMainDomain <em>Main Domain</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getIdCode <em>Id Code</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getIcpRecord <em>Icp Record</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getSecurityRecord <em>Security Record</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getOpenedOn <em>Opened On</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getStatusSince <em>Status Since</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getStatusUntil <em>Status Until</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getMainColour <em>Main Colour</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.govsite.model.impl.SiteImpl#getChannels <em>Channels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteImpl extends NamedImpl implements Site {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SiteKind KIND_EDEFAULT = SiteKind.PORTAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SiteKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final SiteLevel LEVEL_EDEFAULT = SiteLevel.PROVINCE;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected SiteLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMainDomain() <em>Main Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String MAIN_DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMainDomain() <em>Main Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainDomain()
	 * @generated
	 * @ordered
	 */
	protected String mainDomain = MAIN_DOMAIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The default value of the '{@link #getIdCode() <em>Id Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdCode() <em>Id Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdCode()
	 * @generated
	 * @ordered
	 */
	protected String idCode = ID_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIcpRecord() <em>Icp Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIcpRecord()
	 * @generated
	 * @ordered
	 */
	protected static final String ICP_RECORD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIcpRecord() <em>Icp Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIcpRecord()
	 * @generated
	 * @ordered
	 */
	protected String icpRecord = ICP_RECORD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityRecord() <em>Security Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityRecord()
	 * @generated
	 * @ordered
	 */
	protected static final String SECURITY_RECORD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecurityRecord() <em>Security Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityRecord()
	 * @generated
	 * @ordered
	 */
	protected String securityRecord = SECURITY_RECORD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Organisation host;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected Organisation operator;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final LifecycleStatus STATUS_EDEFAULT = LifecycleStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected LifecycleStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedOn() <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date OPENED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedOn() <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedOn()
	 * @generated
	 * @ordered
	 */
	protected Date openedOn = OPENED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusSince() <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusSince()
	 * @generated
	 * @ordered
	 */
	protected static final Date STATUS_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusSince() <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusSince()
	 * @generated
	 * @ordered
	 */
	protected Date statusSince = STATUS_SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusUntil() <em>Status Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusUntil()
	 * @generated
	 * @ordered
	 */
	protected static final Date STATUS_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusUntil() <em>Status Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusUntil()
	 * @generated
	 * @ordered
	 */
	protected Date statusUntil = STATUS_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMainColour() <em>Main Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainColour()
	 * @generated
	 * @ordered
	 */
	protected static final String MAIN_COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMainColour() <em>Main Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainColour()
	 * @generated
	 * @ordered
	 */
	protected String mainColour = MAIN_COLOUR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<Column> columns;

	/**
	 * The cached value of the '{@link #getTopics() <em>Topics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<Topic> topics;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovSitePackage.Literals.SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SiteKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SiteKind newKind) {
		SiteKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SiteLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(SiteLevel newLevel) {
		SiteLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMainDomain() {
		return mainDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMainDomain(String newMainDomain) {
		String oldMainDomain = mainDomain;
		mainDomain = newMainDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__MAIN_DOMAIN, oldMainDomain, mainDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases() {
		if (aliases == null) {
			aliases = new EDataTypeUniqueEList<String>(String.class, this, GovSitePackage.SITE__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdCode() {
		return idCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdCode(String newIdCode) {
		String oldIdCode = idCode;
		idCode = newIdCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__ID_CODE, oldIdCode, idCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIcpRecord() {
		return icpRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIcpRecord(String newIcpRecord) {
		String oldIcpRecord = icpRecord;
		icpRecord = newIcpRecord;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__ICP_RECORD, oldIcpRecord, icpRecord));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecurityRecord() {
		return securityRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityRecord(String newSecurityRecord) {
		String oldSecurityRecord = securityRecord;
		securityRecord = newSecurityRecord;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__SECURITY_RECORD, oldSecurityRecord, securityRecord));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Organisation)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovSitePackage.SITE__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHost(Organisation newHost, NotificationChain msgs) {
		Organisation oldHost = host;
		host = newHost;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__HOST, oldHost, newHost);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Organisation newHost) {
		if (newHost != host) {
			NotificationChain msgs = null;
			if (host != null)
				msgs = ((InternalEObject)host).eInverseRemove(this, GovSitePackage.ORGANISATION__SITES, Organisation.class, msgs);
			if (newHost != null)
				msgs = ((InternalEObject)newHost).eInverseAdd(this, GovSitePackage.ORGANISATION__SITES, Organisation.class, msgs);
			msgs = basicSetHost(newHost, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__HOST, newHost, newHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOperator() {
		if (operator != null && operator.eIsProxy()) {
			InternalEObject oldOperator = (InternalEObject)operator;
			operator = (Organisation)eResolveProxy(oldOperator);
			if (operator != oldOperator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovSitePackage.SITE__OPERATOR, oldOperator, operator));
			}
		}
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(Organisation newOperator) {
		Organisation oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(LifecycleStatus newStatus) {
		LifecycleStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getOpenedOn() {
		return openedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedOn(Date newOpenedOn) {
		Date oldOpenedOn = openedOn;
		openedOn = newOpenedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__OPENED_ON, oldOpenedOn, openedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStatusSince() {
		return statusSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusSince(Date newStatusSince) {
		Date oldStatusSince = statusSince;
		statusSince = newStatusSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__STATUS_SINCE, oldStatusSince, statusSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStatusUntil() {
		return statusUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusUntil(Date newStatusUntil) {
		Date oldStatusUntil = statusUntil;
		statusUntil = newStatusUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__STATUS_UNTIL, oldStatusUntil, statusUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMainColour() {
		return mainColour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMainColour(String newMainColour) {
		String oldMainColour = mainColour;
		mainColour = newMainColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.SITE__MAIN_COLOUR, oldMainColour, mainColour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Column> getColumns() {
		if (columns == null) {
			columns = new EObjectContainmentEList<Column>(Column.class, this, GovSitePackage.SITE__COLUMNS);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Topic> getTopics() {
		if (topics == null) {
			topics = new EObjectContainmentEList<Topic>(Topic.class, this, GovSitePackage.SITE__TOPICS);
		}
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, GovSitePackage.SITE__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovSitePackage.SITE__HOST:
				if (host != null)
					msgs = ((InternalEObject)host).eInverseRemove(this, GovSitePackage.ORGANISATION__SITES, Organisation.class, msgs);
				return basicSetHost((Organisation)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovSitePackage.SITE__HOST:
				return basicSetHost(null, msgs);
			case GovSitePackage.SITE__COLUMNS:
				return ((InternalEList<?>)getColumns()).basicRemove(otherEnd, msgs);
			case GovSitePackage.SITE__TOPICS:
				return ((InternalEList<?>)getTopics()).basicRemove(otherEnd, msgs);
			case GovSitePackage.SITE__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovSitePackage.SITE__KIND:
				return getKind();
			case GovSitePackage.SITE__LEVEL:
				return getLevel();
			case GovSitePackage.SITE__MAIN_DOMAIN:
				return getMainDomain();
			case GovSitePackage.SITE__ALIASES:
				return getAliases();
			case GovSitePackage.SITE__ID_CODE:
				return getIdCode();
			case GovSitePackage.SITE__ICP_RECORD:
				return getIcpRecord();
			case GovSitePackage.SITE__SECURITY_RECORD:
				return getSecurityRecord();
			case GovSitePackage.SITE__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case GovSitePackage.SITE__OPERATOR:
				if (resolve) return getOperator();
				return basicGetOperator();
			case GovSitePackage.SITE__STATUS:
				return getStatus();
			case GovSitePackage.SITE__OPENED_ON:
				return getOpenedOn();
			case GovSitePackage.SITE__STATUS_SINCE:
				return getStatusSince();
			case GovSitePackage.SITE__STATUS_UNTIL:
				return getStatusUntil();
			case GovSitePackage.SITE__MAIN_COLOUR:
				return getMainColour();
			case GovSitePackage.SITE__COLUMNS:
				return getColumns();
			case GovSitePackage.SITE__TOPICS:
				return getTopics();
			case GovSitePackage.SITE__CHANNELS:
				return getChannels();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovSitePackage.SITE__KIND:
				setKind((SiteKind)newValue);
				return;
			case GovSitePackage.SITE__LEVEL:
				setLevel((SiteLevel)newValue);
				return;
			case GovSitePackage.SITE__MAIN_DOMAIN:
				setMainDomain((String)newValue);
				return;
			case GovSitePackage.SITE__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case GovSitePackage.SITE__ID_CODE:
				setIdCode((String)newValue);
				return;
			case GovSitePackage.SITE__ICP_RECORD:
				setIcpRecord((String)newValue);
				return;
			case GovSitePackage.SITE__SECURITY_RECORD:
				setSecurityRecord((String)newValue);
				return;
			case GovSitePackage.SITE__HOST:
				setHost((Organisation)newValue);
				return;
			case GovSitePackage.SITE__OPERATOR:
				setOperator((Organisation)newValue);
				return;
			case GovSitePackage.SITE__STATUS:
				setStatus((LifecycleStatus)newValue);
				return;
			case GovSitePackage.SITE__OPENED_ON:
				setOpenedOn((Date)newValue);
				return;
			case GovSitePackage.SITE__STATUS_SINCE:
				setStatusSince((Date)newValue);
				return;
			case GovSitePackage.SITE__STATUS_UNTIL:
				setStatusUntil((Date)newValue);
				return;
			case GovSitePackage.SITE__MAIN_COLOUR:
				setMainColour((String)newValue);
				return;
			case GovSitePackage.SITE__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends Column>)newValue);
				return;
			case GovSitePackage.SITE__TOPICS:
				getTopics().clear();
				getTopics().addAll((Collection<? extends Topic>)newValue);
				return;
			case GovSitePackage.SITE__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GovSitePackage.SITE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case GovSitePackage.SITE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case GovSitePackage.SITE__MAIN_DOMAIN:
				setMainDomain(MAIN_DOMAIN_EDEFAULT);
				return;
			case GovSitePackage.SITE__ALIASES:
				getAliases().clear();
				return;
			case GovSitePackage.SITE__ID_CODE:
				setIdCode(ID_CODE_EDEFAULT);
				return;
			case GovSitePackage.SITE__ICP_RECORD:
				setIcpRecord(ICP_RECORD_EDEFAULT);
				return;
			case GovSitePackage.SITE__SECURITY_RECORD:
				setSecurityRecord(SECURITY_RECORD_EDEFAULT);
				return;
			case GovSitePackage.SITE__HOST:
				setHost((Organisation)null);
				return;
			case GovSitePackage.SITE__OPERATOR:
				setOperator((Organisation)null);
				return;
			case GovSitePackage.SITE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GovSitePackage.SITE__OPENED_ON:
				setOpenedOn(OPENED_ON_EDEFAULT);
				return;
			case GovSitePackage.SITE__STATUS_SINCE:
				setStatusSince(STATUS_SINCE_EDEFAULT);
				return;
			case GovSitePackage.SITE__STATUS_UNTIL:
				setStatusUntil(STATUS_UNTIL_EDEFAULT);
				return;
			case GovSitePackage.SITE__MAIN_COLOUR:
				setMainColour(MAIN_COLOUR_EDEFAULT);
				return;
			case GovSitePackage.SITE__COLUMNS:
				getColumns().clear();
				return;
			case GovSitePackage.SITE__TOPICS:
				getTopics().clear();
				return;
			case GovSitePackage.SITE__CHANNELS:
				getChannels().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GovSitePackage.SITE__KIND:
				return kind != KIND_EDEFAULT;
			case GovSitePackage.SITE__LEVEL:
				return level != LEVEL_EDEFAULT;
			case GovSitePackage.SITE__MAIN_DOMAIN:
				return MAIN_DOMAIN_EDEFAULT == null ? mainDomain != null : !MAIN_DOMAIN_EDEFAULT.equals(mainDomain);
			case GovSitePackage.SITE__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case GovSitePackage.SITE__ID_CODE:
				return ID_CODE_EDEFAULT == null ? idCode != null : !ID_CODE_EDEFAULT.equals(idCode);
			case GovSitePackage.SITE__ICP_RECORD:
				return ICP_RECORD_EDEFAULT == null ? icpRecord != null : !ICP_RECORD_EDEFAULT.equals(icpRecord);
			case GovSitePackage.SITE__SECURITY_RECORD:
				return SECURITY_RECORD_EDEFAULT == null ? securityRecord != null : !SECURITY_RECORD_EDEFAULT.equals(securityRecord);
			case GovSitePackage.SITE__HOST:
				return host != null;
			case GovSitePackage.SITE__OPERATOR:
				return operator != null;
			case GovSitePackage.SITE__STATUS:
				return status != STATUS_EDEFAULT;
			case GovSitePackage.SITE__OPENED_ON:
				return OPENED_ON_EDEFAULT == null ? openedOn != null : !OPENED_ON_EDEFAULT.equals(openedOn);
			case GovSitePackage.SITE__STATUS_SINCE:
				return STATUS_SINCE_EDEFAULT == null ? statusSince != null : !STATUS_SINCE_EDEFAULT.equals(statusSince);
			case GovSitePackage.SITE__STATUS_UNTIL:
				return STATUS_UNTIL_EDEFAULT == null ? statusUntil != null : !STATUS_UNTIL_EDEFAULT.equals(statusUntil);
			case GovSitePackage.SITE__MAIN_COLOUR:
				return MAIN_COLOUR_EDEFAULT == null ? mainColour != null : !MAIN_COLOUR_EDEFAULT.equals(mainColour);
			case GovSitePackage.SITE__COLUMNS:
				return columns != null && !columns.isEmpty();
			case GovSitePackage.SITE__TOPICS:
				return topics != null && !topics.isEmpty();
			case GovSitePackage.SITE__CHANNELS:
				return channels != null && !channels.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", level: ");
		result.append(level);
		result.append(", mainDomain: ");
		result.append(mainDomain);
		result.append(", aliases: ");
		result.append(aliases);
		result.append(", idCode: ");
		result.append(idCode);
		result.append(", icpRecord: ");
		result.append(icpRecord);
		result.append(", securityRecord: ");
		result.append(securityRecord);
		result.append(", status: ");
		result.append(status);
		result.append(", openedOn: ");
		result.append(openedOn);
		result.append(", statusSince: ");
		result.append(statusSince);
		result.append(", statusUntil: ");
		result.append(statusUntil);
		result.append(", mainColour: ");
		result.append(mainColour);
		result.append(')');
		return result.toString();
	}

} //SiteImpl
