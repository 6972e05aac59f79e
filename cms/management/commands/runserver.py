"""`make run`'s server: Django's (with the static files in development), able to hold a crowd.

Django's development server queues 10 connections while its threads accept them; the 11th of
a burst is reset before it is read, so a class signing at once lost some of its signatures.
"""

from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand
from django.core.servers.basehttp import WSGIServer


class CrowdWSGIServer(WSGIServer):
    request_queue_size = 1024  # the kernel caps it at net.core.somaxconn


class Command(RunserverCommand):
    server_cls = CrowdWSGIServer
