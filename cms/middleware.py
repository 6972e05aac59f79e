class PermissionsPolicyMiddleware:
    """Turn off the browser features the site never uses, for every response.

    (Django sets the other security headers itself; Permissions-Policy it does not.)
    """

    POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.POLICY)
        return response
