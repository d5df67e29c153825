namespace Auth.Service.Organizations.Model;

public enum InvitationStatus
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}
